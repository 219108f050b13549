package org.corridor.returns.benefit.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The destination's social-security system, as {@code corridor.returns.social-security.*} describes it.
 *
 * @param baseUrl           where its portability API is
 * @param connectTimeout    to open a connection
 * @param callTimeout       for a whole call, the body included (a slow body is a failed call)
 * @param attempts          calls per submission, the first included, before the submission is left for later
 * @param backOff           wait before the second call; doubles for each further one
 * @param failureRate       percentage of failed calls in the window that opens the circuit
 * @param window            calls the failure rate is measured over (and at least this many before it opens)
 * @param openFor           how long an open circuit refuses calls before it lets a few through to probe
 * @param statusFirstCheck  how long after a receipt, or a change of status, a claim's status is asked for
 * @param statusLongestWait the longest wait between two status checks (the wait doubles while nothing changes)
 */
@ConfigurationProperties("corridor.returns.social-security")
record SocialSecurityProperties(@DefaultValue("http://localhost:9590") String baseUrl,
                                @DefaultValue("1s") Duration connectTimeout,
                                @DefaultValue("3s") Duration callTimeout,
                                @DefaultValue("3") int attempts,
                                @DefaultValue("200ms") Duration backOff,
                                @DefaultValue("50") float failureRate,
                                @DefaultValue("10") int window,
                                @DefaultValue("30s") Duration openFor,
                                @DefaultValue("1h") Duration statusFirstCheck,
                                @DefaultValue("7d") Duration statusLongestWait) {
}
