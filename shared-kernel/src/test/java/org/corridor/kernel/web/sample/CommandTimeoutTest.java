package org.corridor.kernel.web.sample;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The web test service waits at most {@code corridor.commands.timeout=1s} (web-test.properties) for a command. */
@CorridorServiceTest
class CommandTimeoutTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void a_command_not_handled_in_time_is_answered_503_with_retry_after() {
        CountDownLatch release = new CountDownLatch(1);
        Enquiries.EnquiryHandler.release = release;
        try {
            ResponseEntity<Map> response = http.exchange("/enquiries", HttpMethod.POST, new HttpEntity<>(
                    "{\"subject\": \"held\", \"hold\": true}",
                    AuthorisationBeforeBindingTest.headers(TestTokens.originAgency("agency-ph", "PH"))), Map.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(response.getBody()).containsEntry("type", "urn:corridor:problem:command-timed-out");
            assertThat((String) response.getBody().get("detail")).contains("Check whether the change was recorded");
        } finally {
            release.countDown();
        }
    }
}
