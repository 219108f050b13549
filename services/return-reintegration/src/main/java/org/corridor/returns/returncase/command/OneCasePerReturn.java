package org.corridor.returns.returncase.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.corridor.returns.returncase.api.PermitEndRecorded;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.ReturnCaseClosed;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * One case per return: a person has at most one open return case, whoever opens it. A permit's end and the
 * returnee's own registration both go to the person's current case, the open one, or the next one when every
 * earlier case is closed (ids from {@link ReturnCaseIds}); the case opens with the first of them and records the
 * other. Two arrivals at once name the same case id, so the event store lets one of them create it; the other
 * is sent again and joins it.
 */
@Component
public class OneCasePerReturn {

    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(OneCasePerReturn.class);

    private final CommandGateway commands;
    private final EventStore events;

    OneCasePerReturn(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** What became of a registration or a permit's end: the case it went to, and whether it opened that case. */
    public record Answer(String returnCaseId, boolean opened) {
    }

    /** The returnee registers a return: their open case answers it, or a new case opens. */
    public Answer register(PersonId returnee, Function<String, RegisterReturn> registration) {
        return deliver(returnee, null, registration);
    }

    /**
     * A permit ended: it joins the returnee's open case or opens one. A permit's end recorded already, on any case
     * of theirs, open or closed, is a resend: it changes nothing.
     */
    public Answer permitEnded(PersonId returnee, String applicationId,
                              Function<String, OpenReturnCaseOnPermitEnd> permitEnd) {
        return deliver(returnee, applicationId, permitEnd);
    }

    private Answer deliver(PersonId returnee, String applicationId, Function<String, ?> command) {
        for (int attempt = 1; ; attempt++) {
            Current current = current(returnee, applicationId);
            if (current.recordedAlready()) {
                return new Answer(current.returnCaseId(), false);
            }
            try {
                Object opened = commands.sendAndWait(command.apply(current.returnCaseId()));
                return new Answer(current.returnCaseId(), Boolean.TRUE.equals(opened));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !metAnother(e)) {
                    throw e;
                }
                // Another arrival created or closed the case in between: look again and join what is there now.
                log.debug("return case {} changed under a {}: sent again", current.returnCaseId(), command, e);
            }
        }
    }

    /** The person's case a new arrival goes to: the first not closed, or the id of the next one. */
    private Current current(PersonId returnee, String applicationId) {
        for (int number = 1; ; number++) {
            String returnCaseId = ReturnCaseIds.of(returnee, number);
            DomainEventStream stream = events.readEvents(returnCaseId);
            boolean exists = false;
            boolean closed = false;
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                exists = true;
                Class<?> type = event.getPayloadType();
                if (type == ReturnCaseClosed.class) {
                    closed = true;
                } else if (applicationId != null && (type == ReturnCaseOpened.class || type == PermitEndRecorded.class)
                        && applicationId.equals(applicationOf(event.getPayload()))) {
                    return new Current(returnCaseId, true);
                }
            }
            if (!exists || !closed) {
                return new Current(returnCaseId, false);
            }
        }
    }

    private static String applicationOf(Object payload) {
        return payload instanceof ReturnCaseOpened opened ? opened.applicationId()
                : ((PermitEndRecorded) payload).applicationId();
    }

    private static boolean metAnother(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof CaseClosedMeanwhile) {
                return true;
            }
        }
        return false;
    }

    private record Current(String returnCaseId, boolean recordedAlready) {
    }
}
