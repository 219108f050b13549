package org.corridor.returns.returncase.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.corridor.returns.returncase.command.OneCasePerReturn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** A permit's end, reported by visa-permit-tracking, opens the returnee's case or joins their open one. */
@Component
class VisaPermitEvents {

    private static final Logger log = LoggerFactory.getLogger(VisaPermitEvents.class);

    private final IntegrationEventRoutes routes;
    private final OneCasePerReturn cases;

    VisaPermitEvents(IntegrationEventInbox inbox, OneCasePerReturn cases) {
        this.cases = cases;
        this.routes = inbox.routes().on(PermitEndedV1.TYPE, PermitEndedV1.class, (ended, event) -> permitEnded(ended))
                .build();
    }

    @KafkaListener(topics = "visa-permit-tracking.events", id = "return-reintegration.visa-permit-tracking-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void permitEnded(PermitEndedV1 ended) {
        PersonId returnee = PersonId.of(ended.personId());
        OneCasePerReturn.Answer answer = cases.permitEnded(returnee, ended.applicationId(), returnCaseId ->
                new OpenReturnCaseOnPermitEnd(returnCaseId, returnee, ended.applicationId(), ended.schemeId(),
                        ended.employerId(), CountryCode.of(ended.originCountry()),
                        CountryCode.of(ended.destinationCountry()), ended.endReason(),
                        LocalDate.parse(ended.endedOn())));
        log.debug("the end of permit application {} went to return case {} (opened it: {})", ended.applicationId(),
                answer.returnCaseId(), answer.opened());
    }
}
