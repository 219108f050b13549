package org.corridor.returns.returncase.adapter;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The return case a permit's end opens has an id derived from the permit application: one case per permit. */
final class ReturnCaseIds {

    private ReturnCaseIds() {
    }

    static String ofPermitApplication(String applicationId) {
        return "rc-" + UUID.nameUUIDFromBytes(("permit-application:" + applicationId).getBytes(StandardCharsets.UTF_8));
    }
}
