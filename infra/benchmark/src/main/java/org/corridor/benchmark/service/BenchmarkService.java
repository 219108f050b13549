package org.corridor.benchmark.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The service under measurement: a Spring Boot application on the shared kernel's auto-configuration, exactly as
 * each Corridor service is, holding the cycle's aggregates, projections and publication.
 */
@SpringBootApplication(scanBasePackages = "org.corridor.benchmark.cycle")
public class BenchmarkService {
}
