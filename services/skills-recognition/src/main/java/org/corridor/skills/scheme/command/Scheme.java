package org.corridor.skills.scheme.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.scheme.api.AmendScheme;
import org.corridor.skills.scheme.api.CloseScheme;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.MovePlace;
import org.corridor.skills.scheme.api.PlaceMoved;
import org.corridor.skills.scheme.api.PlaceReleased;
import org.corridor.skills.scheme.api.PlaceTaken;
import org.corridor.skills.scheme.api.ReleasePlace;
import org.corridor.skills.scheme.api.SchemeAmended;
import org.corridor.skills.scheme.api.SchemeClosed;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.corridor.skills.scheme.api.SchemeTerms;
import org.corridor.skills.scheme.api.TakePlace;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.scheme.api.TrackQuota;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A Skills Mobility Partnership scheme: its terms (corridor, occupations with training standards and wage floors,
 * quotas per track and intake year, benchmark wages), amended only by new events, and the places its quotas give.
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class Scheme {

    static final String MANAGED_BY_ITS_ORGANISATION = "managed-by-its-organisation";
    static final String CLOSED_SCHEME_CHANGES_NO_MORE = "closed-scheme-changes-no-more";
    static final String CORRIDOR_IS_FIXED = "corridor-is-fixed";
    static final String AMENDMENT_CHANGES_THE_TERMS = "amendment-changes-the-terms";
    static final String AMENDMENTS_IN_DATE_ORDER = "amendments-in-date-order";
    static final String QUOTA_NOT_BELOW_PLACES_TAKEN = "quota-not-below-places-taken";
    static final String ENROLLED_BY_AN_AGENCY_OF_THE_ORIGIN = "enrolled-by-an-agency-of-the-origin";
    static final String TRACK_HAS_A_QUOTA = "track-has-a-quota";
    static final String QUOTA_HAS_ROOM = "quota-has-room";
    static final String HOLDS_A_PLACE = "person-holds-a-place";

    @AggregateIdentifier
    private SchemeId schemeId;
    private String organisation;
    private SchemeTerms terms;
    private int amendments;
    private LocalDate lastEffectiveFrom;
    private boolean closed;
    private final Map<String, Place> places = new HashMap<>();
    /** How many of {@link #places} there are of each track and intake year: a quota is checked without a scan. */
    private final Map<Place, Long> placesOfKind = new HashMap<>();

    private record Place(Track track, Integer intakeYear) {
    }

    Scheme() {
        // for Axon
    }

    @CommandHandler
    Scheme(DefineScheme command) {
        SchemeDefinitionPolicy.check(command.terms());
        apply(new SchemeDefined(command.schemeId(), command.administeringOrganisation(), command.terms().stripped()));
    }

    @CommandHandler
    void handle(AmendScheme command) {
        requireManagedBy(command.actingOrganisation());
        requireOpen();
        SchemeTerms amended = command.terms().stripped();
        if (!amended.origin().equals(terms.origin())) {
            throw new RuleViolation("originCountry", CORRIDOR_IS_FIXED, "a scheme's corridor cannot change (origin "
                    + terms.origin() + "); close this scheme and define a new one for another corridor");
        }
        if (!amended.destination().equals(terms.destination())) {
            throw new RuleViolation("destinationCountry", CORRIDOR_IS_FIXED, "a scheme's corridor cannot change "
                    + "(destination " + terms.destination() + "); close this scheme and define a new one");
        }
        SchemeDefinitionPolicy.check(amended);
        if (amended.equals(terms)) {
            throw new RuleViolation("terms", AMENDMENT_CHANGES_THE_TERMS,
                    "the amendment leaves every term as it is; change at least one term, or do not amend");
        }
        if (lastEffectiveFrom != null && command.effectiveFrom().isBefore(lastEffectiveFrom)) {
            throw new RuleViolation("effectiveFrom", AMENDMENTS_IN_DATE_ORDER, "the previous amendment takes effect on "
                    + lastEffectiveFrom + "; an amendment takes effect on that day or later");
        }
        for (int i = 0; i < amended.quotas().size(); i++) {
            TrackQuota quota = amended.quotas().get(i);
            long taken = placesTakenUnder(quota);
            if (quota.places() < taken) {
                throw new RuleViolation("quotas[" + i + "].places", QUOTA_NOT_BELOW_PLACES_TAKEN,
                        taken + " places of track " + quota.track() + " are taken; set the quota to " + taken
                                + " or more");
            }
        }
        apply(new SchemeAmended(schemeId, amendments + 1, amended, command.reason().strip(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(CloseScheme command) {
        requireManagedBy(command.actingOrganisation());
        requireOpen();
        apply(new SchemeClosed(schemeId, command.closedOn(), command.reason().strip()));
    }

    /** Returns the scheme's destination, which the trainee's record keeps for their candidacy. */
    @CommandHandler
    CountryCode handle(TakePlace command) {
        if (places.containsKey(command.personId().value())) {
            return terms.destination();
        }
        requireOpen();
        if (!terms.origin().equals(command.agencyCountry())) {
            throw new NotPermitted(ENROLLED_BY_AN_AGENCY_OF_THE_ORIGIN, "this scheme recruits in "
                    + terms.origin() + "; only an origin agency of " + terms.origin() + " enrols in it");
        }
        TrackQuota quota = quotaFor(command.track(), command.intakeYear()).orElseThrow(() -> new RuleViolation("track",
                TRACK_HAS_A_QUOTA, "the scheme has no quota for track " + command.track()
                + (command.intakeYear() == null ? "" : " in intake year " + command.intakeYear())
                + "; choose a track and intake year the scheme sets places for"));
        long taken = placesTakenUnder(quota);
        if (taken >= quota.places()) {
            throw new RuleViolation("track", QUOTA_HAS_ROOM, "all " + quota.places() + " places of track "
                    + command.track() + " are taken; choose the other track or ask the scheme administrator");
        }
        apply(new PlaceTaken(schemeId, command.personId(), command.track(), quota.intakeYear() == null
                ? command.intakeYear() : quota.intakeYear()));
        return terms.destination();
    }

    @CommandHandler
    void handle(MovePlace command) {
        Place place = places.get(command.personId().value());
        if (place == null) {
            throw new RuleViolation("personId", HOLDS_A_PLACE, "the person holds no place in this scheme; enrol them first");
        }
        if (place.track() == command.track()) {
            return;
        }
        requireOpen();
        TrackQuota quota = quotaFor(command.track(), place.intakeYear()).orElseThrow(() -> new RuleViolation("track",
                TRACK_HAS_A_QUOTA, "the scheme has no quota for track " + command.track()
                + "; the trainee stays on track " + place.track()));
        if (placesTakenUnder(quota) >= quota.places()) {
            throw new RuleViolation("track", QUOTA_HAS_ROOM, "all " + quota.places() + " places of track "
                    + command.track() + " are taken; the trainee stays on track " + place.track());
        }
        apply(new PlaceMoved(schemeId, command.personId(), place.track(), command.track()));
    }

    @CommandHandler
    void handle(ReleasePlace command) {
        Place place = places.get(command.personId().value());
        if (place != null) {
            apply(new PlaceReleased(schemeId, command.personId(), place.track(), command.reason()));
        }
    }

    private Optional<TrackQuota> quotaFor(Track track, Integer intakeYear) {
        List<TrackQuota> ofTrack = terms.quotas().stream().filter(q -> q.track() == track).toList();
        return ofTrack.stream()
                .filter(q -> q.intakeYear() == null || q.intakeYear().equals(intakeYear))
                .findFirst();
    }

    private long placesTakenUnder(TrackQuota quota) {
        if (quota.intakeYear() != null) {
            return placesOfKind.getOrDefault(new Place(quota.track(), quota.intakeYear()), 0L);
        }
        return placesOfKind.entrySet().stream().filter(kind -> kind.getKey().track() == quota.track())
                .mapToLong(Map.Entry::getValue).sum();
    }

    private void hold(String personId, Place place) {
        Place before = places.put(personId, place);
        if (before != null) {
            placesOfKind.merge(before, -1L, Long::sum);
        }
        placesOfKind.merge(place, 1L, Long::sum);
    }

    private void requireManagedBy(String actingOrganisation) {
        if (!organisation.equals(actingOrganisation)) {
            throw new NotPermitted(MANAGED_BY_ITS_ORGANISATION, "this scheme is administered by another "
                    + "organisation; only its own scheme administrators amend or close it");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation("schemeId", CLOSED_SCHEME_CHANGES_NO_MORE,
                    "the scheme is closed; define a new scheme to enrol or change terms");
        }
    }

    @EventSourcingHandler
    void on(SchemeDefined event) {
        schemeId = event.schemeId();
        organisation = event.administeringOrganisation();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(SchemeAmended event) {
        terms = event.terms();
        amendments = event.amendment();
        lastEffectiveFrom = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(SchemeClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PlaceTaken event) {
        hold(event.personId().value(), new Place(event.track(), event.intakeYear()));
    }

    @EventSourcingHandler
    void on(PlaceMoved event) {
        Place place = places.get(event.personId().value());
        if (place != null) {
            hold(event.personId().value(), new Place(event.to(), place.intakeYear()));
        }
    }

    @EventSourcingHandler
    void on(PlaceReleased event) {
        Place released = places.remove(event.personId().value());
        if (released != null) {
            placesOfKind.merge(released, -1L, Long::sum);
        }
    }
}
