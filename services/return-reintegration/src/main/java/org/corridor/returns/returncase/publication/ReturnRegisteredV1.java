package org.corridor.returns.returncase.publication;

import org.corridor.returns.returncase.api.ReturnCaseOpened;

/** Public contract {@code return-reintegration.return-registered.v1}: for counts and follow-up, nothing personal. */
record ReturnRegisteredV1(String returnCaseId, String personId, String schemeId, String originCountry,
                          String destinationCountry, String openedBy, String returnedOn) {

    static final String TYPE = "return-reintegration.return-registered.v1";

    static ReturnRegisteredV1 from(ReturnCaseOpened event) {
        return new ReturnRegisteredV1(event.returnCaseId(), event.returnee().value(), event.schemeId(),
                event.originCountry().value(),
                event.destinationCountry() == null ? null : event.destinationCountry().value(),
                event.openedBy().name(), event.returnedOn().toString());
    }
}
