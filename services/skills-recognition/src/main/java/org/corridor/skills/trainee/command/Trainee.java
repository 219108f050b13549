package org.corridor.skills.trainee.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.scheme.api.MovePlace;
import org.corridor.skills.scheme.api.ReleasePlace;
import org.corridor.skills.scheme.api.SchemePlaces;
import org.corridor.skills.scheme.api.TakePlace;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.trainee.api.AssessedSkill;
import org.corridor.skills.trainee.api.CandidateBecameAvailable;
import org.corridor.skills.trainee.api.ModuleCompleted;
import org.corridor.skills.trainee.api.RecordAssessment;
import org.corridor.skills.trainee.api.RecordModule;
import org.corridor.skills.trainee.api.SkillAssessed;
import org.corridor.skills.trainee.api.CandidateWithdrawn;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.LanguageSkill;
import org.corridor.skills.trainee.api.RecognitionStatus;
import org.corridor.skills.trainee.api.RecordRecognition;
import org.corridor.skills.trainee.api.RequireConsent;
import org.corridor.skills.trainee.api.TraineeRecognised;
import org.corridor.skills.trainee.api.ConsentWithdrawn;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.EraseTrainee;
import org.corridor.skills.trainee.api.PersonalDetails;
import org.corridor.skills.trainee.api.SwitchTrack;
import org.corridor.skills.trainee.api.RecordPlacement;
import org.corridor.skills.trainee.api.TraineeEnrolled;
import org.corridor.skills.trainee.api.TraineePlaced;
import org.corridor.skills.trainee.api.TraineeErased;
import org.corridor.skills.trainee.api.TrackSwitched;
import org.corridor.skills.trainee.api.WithdrawConsent;
import org.corridor.skills.trainee.api.IssueActivation;
import org.corridor.skills.trainee.api.WorkerActivationIssued;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person enrolled in a scheme: their consent, their track, and (sealed) who they are. The aggregate id is the
 * person id, the same one their own login carries.
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE)
class Trainee {

    static final String ONE_ENROLMENT_PER_PERSON = "one-enrolment-per-person";
    static final String CONSENT_TO_TRAINING = "consent-to-training-at-enrolment";
    static final String CONSENT_GIVEN_FOR_THE_PURPOSE = "consent-given-for-the-purpose";
    static final String TRACK_SWITCH_UNTIL_PLACED = "track-switch-until-placed";
    static final String ERASED_PERSON_STAYS_ERASED = "erased-person-stays-erased";
    static final String ACTS_ONLY_FOR_ITS_OWN = "acts-only-on-its-own-trainees";
    static final String RECORDED_BY_THE_ASSIGNED_PROVIDER = "recorded-by-the-assigned-provider";
    static final String MODULE_RECORDED_ONCE = "module-recorded-once";
    static final String ACTIVATION_BY_THE_ENROLLING_AGENCY = "activation-issued-by-the-enrolling-agency";

    @AggregateIdentifier
    private PersonId personId;
    private SchemeId schemeId;
    private String enrollingOrganisation;
    private Track track;
    private Set<ConsentPurpose> consent = EnumSet.noneOf(ConsentPurpose.class);
    private boolean placed;
    private boolean erased;
    private CountryCode origin;
    private CountryCode destination;
    private OccupationCode occupation;
    private List<LanguageSkill> languages = List.of();
    private RecognitionStatus recognition;
    private boolean candidate;
    private String trainingProvider;
    private final Set<String> modules = new java.util.HashSet<>();
    private final java.util.Map<String, Integer> assessedSkills = new java.util.TreeMap<>();

    Trainee() {
        // for Axon
    }

    /**
     * Enrols, in one unit of work with the place it takes in the scheme's quota: the duplicate check claims the
     * person's blind index first and gives it back if anything after it is refused. The person's key is made
     * before the place is taken: taking it locks the scheme until the enrolment is stored, so every enrolment in
     * the scheme waits for what happens in between, and making the key is a write to the key store.
     */
    @CommandHandler
    Trainee(EnrolTrainee command, TraineeIdentity identities, SchemePlaces places, SubjectKeyring keys) {
        if (!command.consent().purposes().contains(ConsentPurpose.TRAINING)) {
            throw new RuleViolation("consent.purposes", CONSENT_TO_TRAINING, "a person is enrolled only with their "
                    + "consent to TRAINING; record that consent, or do not enrol them");
        }
        var details = command.details();
        identities.claim(details.fullName(), details.birthDate(), command.agencyCountry(), command.personId())
                .ifPresent(existing -> {
                    throw new RuleViolation("fullName", ONE_ENROLMENT_PER_PERSON, "a person with this name and date "
                            + "of birth is already enrolled from " + command.agencyCountry() + " as person "
                            + existing + "; work with that record instead of enrolling them again");
                });
        CountryCode destination;
        try {
            keys.keyForNewSubject(command.personId().value());
            destination = places.take(new TakePlace(command.schemeId(), command.personId(), command.track(),
                    command.intakeYear(), command.agencyCountry()));
        } catch (RuntimeException refused) {
            // at once: in a batch (TraineeEnrolments) the unit of work goes on with the other enrolments
            identities.release(details.fullName(), details.birthDate(), command.agencyCountry(), command.personId());
            throw refused;
        }
        // from here on only the unit of work can fail (its commit), and its rollback gives the claim back
        CurrentUnitOfWork.ifStarted(unit -> unit.onRollback(u -> identities.release(details.fullName(),
                details.birthDate(), command.agencyCountry(), command.personId())));
        apply(new TraineeEnrolled(command.personId(), command.schemeId(), command.enrollingOrganisation(),
                command.agencyCountry(), new PersonalDetails(
                details.fullName().strip(), details.birthDate(), blankToNull(details.phone()),
                blankToNull(details.email()), details.gender()), command.languages(), command.track(),
                command.intakeYear(), command.occupation(), command.trainingProvider(), command.consent(),
                destination));
        apply(new WorkerActivationIssued(command.personId(), command.schemeId(), command.agencyCountry(),
                command.activation().codeDigest(), command.activation().expiresAt()));
    }

    /**
     * A new activation code for a person whose letter was lost: only by the agency that enrolled them, and not once
     * they are erased. The newer code replaces every earlier one.
     */
    @CommandHandler
    void handle(IssueActivation command) {
        if (command.acting() != null && !(command.acting().is("ORIGIN_AGENCY")
                && command.acting().mayActFor(personId.value(), enrollingOrganisation))) {
            throw new NotPermitted(ACTIVATION_BY_THE_ENROLLING_AGENCY, "a new activation code is issued by the agency "
                    + "that enrolled the person; ask that agency to issue one");
        }
        requireNotErased();
        apply(new WorkerActivationIssued(personId, schemeId, origin, command.activation().codeDigest(),
                command.activation().expiresAt()));
    }

    @CommandHandler
    void handle(WithdrawConsent command, SchemePlaces places) {
        requireInScope(command.acting());
        requireNotErased();
        Set<ConsentPurpose> withdrawn = EnumSet.noneOf(ConsentPurpose.class);
        withdrawn.addAll(command.purposes().isEmpty() ? EnumSet.allOf(ConsentPurpose.class) : command.purposes());
        withdrawn.retainAll(consent);
        if (withdrawn.isEmpty()) {
            return;
        }
        Set<ConsentPurpose> remaining = EnumSet.noneOf(ConsentPurpose.class);
        remaining.addAll(consent);
        remaining.removeAll(withdrawn);
        if (!remaining.contains(ConsentPurpose.TRAINING)) {
            places.release(new ReleasePlace(schemeId, personId, "consent withdrawn"));
        }
        apply(new ConsentWithdrawn(personId, schemeId, Set.copyOf(withdrawn), Set.copyOf(remaining)));
        reconsiderCandidacy(CandidateWithdrawn.Reason.CONSENT_WITHDRAWN);
    }

    @CommandHandler
    void handle(SwitchTrack command, SchemePlaces places) {
        requireInScope(command.acting());
        requireNotErased();
        requireConsent(ConsentPurpose.TRAINING, "track");
        if (placed) {
            throw new RuleViolation("track", TRACK_SWITCH_UNTIL_PLACED, "the trainee is placed with an employer; "
                    + "the track no longer changes");
        }
        if (command.track() == track) {
            return;
        }
        places.move(new MovePlace(schemeId, personId, command.track()));
        apply(new TrackSwitched(personId, schemeId, track, command.track()));
        reconsiderCandidacy(CandidateWithdrawn.Reason.TRACK_CHANGED);
    }

    @CommandHandler
    void handle(RecordPlacement command) {
        if (placed || erased) {
            return;
        }
        apply(new TraineePlaced(personId, schemeId, command.placementId(), command.employerId()));
        reconsiderCandidacy(CandidateWithdrawn.Reason.PLACED);
    }

    @CommandHandler
    void handle(RecordModule command) {
        requireAssignedProvider(command.acting());
        requireNotErased();
        requireConsent(ConsentPurpose.TRAINING, "personId");
        if (modules.contains(command.moduleCode())) {
            throw new RuleViolation("moduleCode", MODULE_RECORDED_ONCE, "module " + command.moduleCode()
                    + " is recorded already for this trainee; record each completed module once");
        }
        apply(new ModuleCompleted(personId, command.moduleCode(), command.title().strip(), command.completedOn(),
                command.acting() == null ? null : command.acting().organisation()));
    }

    @CommandHandler
    void handle(RecordAssessment command) {
        requireAssignedProvider(command.acting());
        requireNotErased();
        requireConsent(ConsentPurpose.TRAINING, "personId");
        apply(new SkillAssessed(personId, command.skillCode(), command.level(), command.assessor().strip(),
                command.assessedOn(), command.evidenceReference(),
                command.acting() == null ? null : command.acting().organisation()));
        if (candidate) {
            reconsiderCandidacy(CandidateWithdrawn.Reason.OTHER);
        }
    }

    private void requireAssignedProvider(Acting acting) {
        if (acting != null && !(acting.is("TRAINING_PROVIDER") && acting.organisation() != null
                && acting.organisation().equals(trainingProvider))) {
            throw new NotPermitted(RECORDED_BY_THE_ASSIGNED_PROVIDER, "training is recorded by the training provider "
                    + "the trainee is assigned to; ask the enrolling agency to assign your organisation");
        }
    }

    @CommandHandler
    void handle(RequireConsent command) {
        requireInScope(command.acting());
        requireNotErased();
        requireConsent(command.purpose(), "personId");
    }

    @CommandHandler
    void handle(RecordRecognition command) {
        if (erased || command.status() == recognition) {
            return;
        }
        apply(new TraineeRecognised(personId, schemeId, command.caseId(), command.status()));
        reconsiderCandidacy(CandidateWithdrawn.Reason.OTHER);
    }

    /**
     * A recognised away-track trainee who consents to placement, and is not placed, is a candidate; anyone else is
     * not. Announces the change either way, so matching learns of it at once.
     */
    private void reconsiderCandidacy(CandidateWithdrawn.Reason reasonIfWithdrawn) {
        boolean qualifies = !erased && !placed && track == Track.AWAY && occupation != null
                && consent.contains(ConsentPurpose.PLACEMENT)
                && (recognition == RecognitionStatus.FULL || recognition == RecognitionStatus.PARTIAL);
        if (qualifies) {
            apply(new CandidateBecameAvailable(personId, schemeId, occupation, assessedSkills.entrySet().stream()
                    .map(skill -> new AssessedSkill(skill.getKey(), skill.getValue())).toList(), languages, recognition,
                    LocalDate.now(ZoneOffset.UTC), origin, destination));
        } else if (candidate) {
            apply(new CandidateWithdrawn(personId, schemeId, reasonIfWithdrawn));
        }
    }

    @CommandHandler
    void handle(EraseTrainee command, TraineeIdentity identities, CryptoShredder shredder, SchemePlaces places) {
        requireInScope(command.acting());
        if (!erased) {
            places.release(new ReleasePlace(schemeId, personId, "erased"));
            identities.forget(personId);
            if (candidate) {
                apply(new CandidateWithdrawn(personId, schemeId, CandidateWithdrawn.Reason.ERASED));
            }
            apply(new TraineeErased(personId, schemeId));
        }
        // Again for a repeated request: destroying a destroyed key only announces it again, which completes an
        // erasure whose first announcement failed after the commit.
        CurrentUnitOfWork.ifStarted(unit -> unit.afterCommit(u -> shredder.erase(personId.value(),
                "skills-recognition")));
    }

    void requireConsent(ConsentPurpose purpose, String field) {
        if (!consent.contains(purpose)) {
            throw new RuleViolation(field, CONSENT_GIVEN_FOR_THE_PURPOSE, "the person has not consented to "
                    + purpose + " (or withdrew it); nothing is recorded for that purpose until they consent again");
        }
    }

    private void requireInScope(Acting acting) {
        if (acting != null && !acting.mayActFor(personId.value(), enrollingOrganisation)) {
            throw new NotPermitted(ACTS_ONLY_FOR_ITS_OWN, "this record belongs to another person or was enrolled "
                    + "by another agency; act only on your own record, or on trainees your agency enrolled");
        }
    }

    private void requireNotErased() {
        if (erased) {
            throw new RuleViolation("personId", ERASED_PERSON_STAYS_ERASED, "this person was erased at their "
                    + "request; nothing more is recorded about them");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(TraineeEnrolled event) {
        personId = event.personId();
        schemeId = event.schemeId();
        enrollingOrganisation = event.enrollingOrganisation();
        track = event.track();
        origin = event.originCountry();
        destination = event.destinationCountry();
        occupation = event.occupation();
        languages = event.languages();
        trainingProvider = event.trainingProvider();
        consent = event.consent().purposes().isEmpty() ? EnumSet.noneOf(ConsentPurpose.class)
                : EnumSet.copyOf(event.consent().purposes());
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consent.removeAll(event.purposes());
    }

    @EventSourcingHandler
    void on(TrackSwitched event) {
        track = event.to();
    }

    @EventSourcingHandler
    void on(ModuleCompleted event) {
        modules.add(event.moduleCode());
    }

    @EventSourcingHandler
    void on(SkillAssessed event) {
        assessedSkills.put(event.skillCode(), event.level());
    }

    @EventSourcingHandler
    void on(TraineeRecognised event) {
        recognition = event.status();
    }

    @EventSourcingHandler
    void on(CandidateBecameAvailable event) {
        candidate = true;
    }

    @EventSourcingHandler
    void on(CandidateWithdrawn event) {
        candidate = false;
    }

    @EventSourcingHandler
    void on(TraineePlaced event) {
        placed = true;
    }

    @EventSourcingHandler
    void on(TraineeErased event) {
        erased = true;
        consent.clear();
    }
}
