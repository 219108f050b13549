package org.corridor.returns.returncase.command;

import org.corridor.kernel.types.PersonId;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A person's return cases have ids derived from the person and the return's number (their first return is 1, the
 * next one after that case closed is 2, ...): whoever opens the case of a return, the permit's end or the returnee,
 * names the same case, so two arrivals at once meet on one event stream instead of opening two cases.
 */
public final class ReturnCaseIds {

    private ReturnCaseIds() {
    }

    public static String of(PersonId returnee, int returnNumber) {
        if (returnNumber < 1) {
            throw new IllegalArgumentException("returns are numbered from 1, not " + returnNumber);
        }
        return "rc-" + UUID.nameUUIDFromBytes(("returnee:" + returnee.value() + ":return:" + returnNumber)
                .getBytes(StandardCharsets.UTF_8));
    }
}
