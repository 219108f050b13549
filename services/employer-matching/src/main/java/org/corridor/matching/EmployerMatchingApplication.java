package org.corridor.matching;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EmployerMatchingApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmployerMatchingApplication.class, args);
    }
}
