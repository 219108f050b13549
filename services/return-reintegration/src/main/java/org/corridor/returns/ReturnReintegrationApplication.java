package org.corridor.returns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReturnReintegrationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReturnReintegrationApplication.class, args);
    }
}
