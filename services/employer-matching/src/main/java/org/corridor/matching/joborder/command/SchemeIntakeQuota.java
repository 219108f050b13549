package org.corridor.matching.joborder.command;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.matching.joborder.api.SchemePlacesReleased;
import org.corridor.matching.joborder.api.SchemePlacesReserved;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The away-track places of one scheme in one intake year, and which job order holds how many of them: the
 * consistency boundary of the {@code scheme-quota} rule (ADR 0034). A job order is opened, amended or closed in the
 * same unit of work as its reservation here, and the repository locks this aggregate for that unit of work, so two
 * orders decided at the same moment see each other's places.
 */
@Aggregate
class SchemeIntakeQuota {

    @AggregateIdentifier
    private String quotaId;
    private final Map<String, Integer> held = new HashMap<>();

    SchemeIntakeQuota() {
        // for Axon, and for the first reservation of a scheme's intake year
    }

    static String idOf(String schemeId, int intakeYear) {
        return "scheme-quota:" + schemeId + ":" + intakeYear;
    }

    /** The places every other job order holds. */
    int heldByOthers(String jobOrderId) {
        return held.entrySet().stream().filter(e -> !e.getKey().equals(jobOrderId)).mapToInt(Map.Entry::getValue)
                .sum();
    }

    int heldBy(String jobOrderId) {
        return held.getOrDefault(jobOrderId, 0);
    }

    /**
     * The order now holds {@code positions} places. The rules were checked against {@link #heldByOthers} under this
     * aggregate's lock; this checks again, so the quota cannot be exceeded whatever the caller did.
     */
    void reserve(String schemeId, int intakeYear, String jobOrderId, int positions, int quotaPlaces) {
        int free = quotaPlaces - heldByOthers(jobOrderId);
        if (positions > free) {
            throw new IllegalStateException(positions + " positions exceed the " + Math.max(free, 0)
                    + " places left of scheme " + schemeId + " for " + intakeYear);
        }
        if (held.containsKey(jobOrderId) && held.get(jobOrderId) == positions) {
            return;
        }
        apply(new SchemePlacesReserved(idOf(schemeId, intakeYear), schemeId, intakeYear, jobOrderId, positions,
                quotaPlaces));
    }

    /** The order gives back what it holds; nothing happens when it holds nothing. */
    void release(String schemeId, int intakeYear, String jobOrderId) {
        Integer positions = held.get(jobOrderId);
        if (positions != null) {
            apply(new SchemePlacesReleased(quotaId, schemeId, intakeYear, jobOrderId, positions));
        }
    }

    @EventSourcingHandler
    void on(SchemePlacesReserved event) {
        quotaId = event.quotaId();
        held.put(event.jobOrderId(), event.positions());
    }

    @EventSourcingHandler
    void on(SchemePlacesReleased event) {
        held.remove(event.jobOrderId());
    }
}
