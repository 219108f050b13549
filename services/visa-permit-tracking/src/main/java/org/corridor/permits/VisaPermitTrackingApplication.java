package org.corridor.permits;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VisaPermitTrackingApplication {

    public static void main(String[] args) {
        SpringApplication.run(VisaPermitTrackingApplication.class, args);
    }
}
