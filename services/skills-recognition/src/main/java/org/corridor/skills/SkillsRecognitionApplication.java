package org.corridor.skills;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SkillsRecognitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkillsRecognitionApplication.class, args);
    }
}
