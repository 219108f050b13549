package org.corridor.kernel.web.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/** A small service for the kernel's web tests: who is calling, role checks before the body, commands that block. */
@SpringBootApplication
@PropertySource("classpath:web-test.properties")
public class WebTestApplication {
}
