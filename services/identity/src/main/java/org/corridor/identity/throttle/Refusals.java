package org.corridor.identity.throttle;

import org.corridor.identity.throttle.command.Verdict;
import org.corridor.identity.web.Refused;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** What a person is told when their attempt is not heard, and what to do next. */
public final class Refusals {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' 'on' yyyy-MM-dd")
            .withZone(ZoneOffset.UTC);

    private Refusals() {
    }

    /** The sentence for a refused attempt on {@code key}. */
    public static String explain(Throttle.Key key, Verdict verdict) {
        String until = TIME.format(verdict.until().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        if (key.address()) {
            return verdict.locked()
                    ? "Too many wrong attempts came from your network address, so it is blocked until " + until
                    + ". Wait until then; if others share this address, ask your administrator."
                    : "Too many wrong attempts came from your network address: try again after " + until + ".";
        }
        return verdict.locked()
                ? "This account is locked after " + verdict.failures() + " wrong attempts, until " + until
                + ". Wait until then, or ask your administrator to unlock it."
                : "Too many wrong attempts for this account: try again after " + until + ".";
    }

    /** The refusal as an HTTP problem: 429 with {@code Retry-After}. */
    public static Refused refusal(Throttle.Key key, Verdict verdict) {
        Instant retry = verdict.until().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return new Refused(HttpStatus.TOO_MANY_REQUESTS, verdict.locked() ? "locked-out" : "slow-down",
                verdict.locked() ? "Locked for a while" : "Too many attempts", explain(key, verdict), null, retry);
    }
}
