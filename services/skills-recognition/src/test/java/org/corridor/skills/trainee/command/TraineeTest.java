package org.corridor.skills.trainee.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.privacy.InMemoryPersonalDataKeys;
import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.Acting;
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
import org.corridor.skills.trainee.api.Consent;
import org.corridor.skills.trainee.api.RecognitionStatus;
import org.corridor.skills.trainee.api.RecordRecognition;
import org.corridor.skills.trainee.api.RequireConsent;
import org.corridor.skills.trainee.api.TraineeRecognised;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.ConsentWithdrawn;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.EraseTrainee;
import org.corridor.skills.trainee.api.Gender;
import org.corridor.skills.trainee.api.LanguageSkill;
import org.corridor.skills.trainee.api.PersonalDetails;
import org.corridor.skills.trainee.api.RecordPlacement;
import org.corridor.skills.trainee.api.SwitchTrack;
import org.corridor.skills.trainee.api.TraineeEnrolled;
import org.corridor.skills.trainee.api.TraineeErased;
import org.corridor.skills.trainee.api.TraineePlaced;
import org.corridor.skills.trainee.api.TrackSwitched;
import org.corridor.skills.trainee.api.WithdrawConsent;
import org.corridor.skills.trainee.api.Activation;
import org.corridor.skills.trainee.api.IssueActivation;
import org.corridor.skills.trainee.api.WorkerActivationIssued;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.skills.Refusals.notPermittedBy;
import static org.corridor.skills.Refusals.refusedBy;

class TraineeTest {

    static final PersonId ANA = PersonId.of("p-ana");
    static final SchemeId SCHEME = SchemeId.of("scheme-1");
    static final CountryCode PH = CountryCode.of("PH");
    static final CountryCode DE = CountryCode.of("DE");
    static final Instant CONSENTED = Instant.parse("2026-11-02T09:00:00Z");
    static final PersonalDetails DETAILS = new PersonalDetails("Maria Santos", LocalDate.of(1998, 4, 17),
            "+63 917 555 0101", null, Gender.FEMALE);
    static final Set<ConsentPurpose> ALL = Set.of(ConsentPurpose.TRAINING, ConsentPurpose.RECOGNITION,
            ConsentPurpose.PLACEMENT);
    static final Acting AGENCY = new Acting(Set.of("ORIGIN_AGENCY"), "agency-manila", "PH", null);
    static final Acting OTHER_AGENCY = new Acting(Set.of("ORIGIN_AGENCY"), "agency-cebu", "PH", null);
    static final Acting ANA_HERSELF = new Acting(Set.of("WORKER"), null, null, "p-ana");

    AggregateTestFixture<Trainee> fixture;

    void sent(Object command) {
        if (schemeRefusal != null) {
            throw schemeRefusal;
        }
        sentToSchemes.add(command);
    }
    FakeIdentities identities = new FakeIdentities();
    List<Object> sentToSchemes = new ArrayList<>();
    RuntimeException schemeRefusal;
    InMemoryPersonalDataKeys keys;
    boolean keyHeldWhenThePlaceWasTaken;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Trainee.class);
        fixture.registerInjectableResource(new SchemePlaces() {
            @Override
            public CountryCode take(TakePlace command) {
                sent(command);
                keyHeldWhenThePlaceWasTaken = keys.find(command.personId().value()).isPresent();
                return DE;
            }

            @Override
            public void move(MovePlace command) {
                sent(command);
            }

            @Override
            public void release(ReleasePlace command) {
                sent(command);
            }
        });
        fixture.registerInjectableResource(identities);
        keys = new InMemoryPersonalDataKeys();
        SubjectKeyring keyring = new SubjectKeyring(keys, 100, Duration.ofMinutes(1), Clock.systemUTC());
        fixture.registerInjectableResource(keyring);
        fixture.registerInjectableResource(new CryptoShredder(keyring, erased -> { }));
    }

    static EnrolTrainee enrol(PersonId person, Set<ConsentPurpose> consent) {
        return new EnrolTrainee(person, SCHEME, "agency-manila", PH, DETAILS,
                List.of(new LanguageSkill("de", CefrLevel.A2)), Track.AWAY, 2027, OccupationCode.of("5321"),
                "tesda-manila", new Consent(consent, CONSENTED), ACTIVATION);
    }

    static final Activation ACTIVATION = new Activation("a4c3d030cce84d9c31cb3f15f7c90d03b2f62a876ddf945731ce2dfe76c4badf",
            Instant.parse("2026-12-02T09:00:00Z"));
    static final Activation NEWER = new Activation("0000000000000000000000000000000000000000000000000000000000000001",
            Instant.parse("2027-01-02T09:00:00Z"));

    static TraineeEnrolled enrolled() {
        return new TraineeEnrolled(ANA, SCHEME, "agency-manila", PH, DETAILS,
                List.of(new LanguageSkill("de", CefrLevel.A2)), Track.AWAY, 2027, OccupationCode.of("5321"),
                "tesda-manila", new Consent(ALL, CONSENTED), DE);
    }

    @Test
    void an_enrolment_takes_a_place_in_the_scheme_and_records_the_trainee() {
        fixture.givenNoPriorActivity()
                .when(enrol(ANA, ALL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(enrolled(), new WorkerActivationIssued(ANA, SCHEME, PH, ACTIVATION.codeDigest(),
                        ACTIVATION.expiresAt()));
        assertThat(sentToSchemes).containsExactly(new TakePlace(SCHEME, ANA, Track.AWAY, 2027, PH));
        assertThat(identities.holders).containsValue(ANA);
    }

    @Test
    void the_persons_key_is_made_before_the_place_locks_the_scheme() {
        fixture.givenNoPriorActivity()
                .when(enrol(ANA, ALL))
                .expectSuccessfulHandlerExecution();
        assertThat(keyHeldWhenThePlaceWasTaken).isTrue();
    }

    @Test
    void a_person_is_enrolled_once_by_name_birth_date_and_origin_country() {
        identities.claim("Maria Santos", LocalDate.of(1998, 4, 17), PH, PersonId.of("p-earlier"));
        fixture.givenNoPriorActivity()
                .when(enrol(ANA, ALL))
                .expectException(refusedBy("fullName", Trainee.ONE_ENROLMENT_PER_PERSON))
                .expectNoEvents();
        assertThat(sentToSchemes).isEmpty();
    }

    @Test
    void a_person_is_enrolled_only_with_consent_to_training() {
        fixture.givenNoPriorActivity()
                .when(enrol(ANA, Set.of(ConsentPurpose.PLACEMENT)))
                .expectException(refusedBy("consent.purposes", Trainee.CONSENT_TO_TRAINING))
                .expectNoEvents();
    }

    @Test
    void an_enrolment_refused_by_the_quota_gives_the_identity_back() {
        schemeRefusal = new RuleViolation("track", "quota-has-room", "all places are taken");
        fixture.givenNoPriorActivity()
                .when(enrol(ANA, ALL))
                .expectException(refusedBy("track", "quota-has-room"))
                .expectNoEvents();
        assertThat(identities.holders).isEmpty();
    }

    @Test
    void withdrawing_all_consent_stops_use_and_releases_the_place() {
        fixture.given(enrolled())
                .when(new WithdrawConsent(ANA, Set.of(), ANA_HERSELF))
                .expectEvents(new ConsentWithdrawn(ANA, SCHEME, ALL, Set.of()));
        assertThat(sentToSchemes).containsExactly(new ReleasePlace(SCHEME, ANA, "consent withdrawn"));
    }

    @Test
    void withdrawing_placement_consent_keeps_the_place() {
        fixture.given(enrolled())
                .when(new WithdrawConsent(ANA, Set.of(ConsentPurpose.PLACEMENT), AGENCY))
                .expectEvents(new ConsentWithdrawn(ANA, SCHEME, Set.of(ConsentPurpose.PLACEMENT),
                        Set.of(ConsentPurpose.TRAINING, ConsentPurpose.RECOGNITION)));
        assertThat(sentToSchemes).isEmpty();
    }

    @Test
    void only_the_person_or_the_agency_that_enrolled_them_acts_on_their_record() {
        fixture.given(enrolled())
                .when(new WithdrawConsent(ANA, Set.of(), OTHER_AGENCY))
                .expectException(notPermittedBy(Trainee.ACTS_ONLY_FOR_ITS_OWN))
                .expectNoEvents();
        fixture.given(enrolled())
                .when(new SwitchTrack(ANA, Track.HOME, new Acting(Set.of("WORKER"), null, null, "p-ben")))
                .expectException(notPermittedBy(Trainee.ACTS_ONLY_FOR_ITS_OWN))
                .expectNoEvents();
    }

    @Test
    void a_trainee_switches_track_until_placed() {
        fixture.given(enrolled())
                .when(new SwitchTrack(ANA, Track.HOME, ANA_HERSELF))
                .expectEvents(new TrackSwitched(ANA, SCHEME, Track.AWAY, Track.HOME));
        assertThat(sentToSchemes).containsExactly(new MovePlace(SCHEME, ANA, Track.HOME));
        fixture.given(enrolled(), new TraineePlaced(ANA, SCHEME, "placement-1", "employer-1"))
                .when(new SwitchTrack(ANA, Track.HOME, ANA_HERSELF))
                .expectException(refusedBy("track", Trainee.TRACK_SWITCH_UNTIL_PLACED))
                .expectNoEvents();
    }

    @Test
    void a_placement_is_recorded_once() {
        fixture.given(enrolled())
                .when(new RecordPlacement(ANA, "placement-1", "employer-1"))
                .expectEvents(new TraineePlaced(ANA, SCHEME, "placement-1", "employer-1"));
        fixture.given(enrolled(), new TraineePlaced(ANA, SCHEME, "placement-1", "employer-1"))
                .when(new RecordPlacement(ANA, "placement-1", "employer-1"))
                .expectNoEvents();
    }

    @Test
    void without_consent_to_training_the_track_no_longer_changes() {
        fixture.given(enrolled(), new ConsentWithdrawn(ANA, SCHEME, ALL, Set.of()))
                .when(new SwitchTrack(ANA, Track.HOME, ANA_HERSELF))
                .expectException(refusedBy("track", Trainee.CONSENT_GIVEN_FOR_THE_PURPOSE))
                .expectNoEvents();
    }

    @Test
    void erasure_releases_the_place_and_forgets_the_identity_index() {
        identities.claim("Maria Santos", LocalDate.of(1998, 4, 17), PH, ANA);
        fixture.given(enrolled())
                .when(new EraseTrainee(ANA, ANA_HERSELF))
                .expectEvents(new TraineeErased(ANA, SCHEME));
        assertThat(identities.holders).isEmpty();
        assertThat(sentToSchemes).containsExactly(new ReleasePlace(SCHEME, ANA, "erased"));
    }

    @Test
    void a_new_activation_is_issued_by_the_enrolling_agency() {
        fixture.given(enrolled())
                .when(new IssueActivation(ANA, NEWER, AGENCY))
                .expectEvents(new WorkerActivationIssued(ANA, SCHEME, PH, NEWER.codeDigest(), NEWER.expiresAt()));
    }

    @Test
    void a_new_activation_is_issued_by_the_enrolling_agency_not_another_one_nor_the_person() {
        fixture.given(enrolled())
                .when(new IssueActivation(ANA, NEWER, OTHER_AGENCY))
                .expectException(notPermittedBy(Trainee.ACTIVATION_BY_THE_ENROLLING_AGENCY))
                .expectNoEvents();
        fixture.given(enrolled())
                .when(new IssueActivation(ANA, NEWER, ANA_HERSELF))
                .expectException(notPermittedBy(Trainee.ACTIVATION_BY_THE_ENROLLING_AGENCY))
                .expectNoEvents();
    }

    @Test
    void no_activation_is_issued_for_an_erased_person() {
        fixture.given(enrolled(), new TraineeErased(ANA, SCHEME))
                .when(new IssueActivation(ANA, NEWER, AGENCY))
                .expectException(refusedBy("personId", Trainee.ERASED_PERSON_STAYS_ERASED))
                .expectNoEvents();
    }

    @Test
    void an_erased_person_stays_erased() {
        fixture.given(enrolled(), new TraineeErased(ANA, SCHEME))
                .when(new WithdrawConsent(ANA, Set.of(), ANA_HERSELF))
                .expectException(refusedBy("personId", Trainee.ERASED_PERSON_STAYS_ERASED));
    }

    static TraineeRecognised recognised() {
        return new TraineeRecognised(ANA, SCHEME, "case-1", RecognitionStatus.FULL);
    }

    static CandidateBecameAvailable available() {
        return new CandidateBecameAvailable(ANA, SCHEME, OccupationCode.of("5321"), List.of(),
                List.of(new LanguageSkill("de", CefrLevel.A2)), RecognitionStatus.FULL, LocalDate.now(ZoneOffset.UTC),
                PH, DE);
    }

    @Test
    void a_recognised_away_track_trainee_who_consents_to_placement_becomes_a_candidate() {
        fixture.given(enrolled())
                .when(new RecordRecognition(ANA, "case-1", RecognitionStatus.FULL))
                .expectEvents(recognised(), available());
    }

    @Test
    void a_home_track_trainee_is_no_candidate() {
        fixture.given(enrolled(), new TrackSwitched(ANA, SCHEME, Track.AWAY, Track.HOME))
                .when(new RecordRecognition(ANA, "case-1", RecognitionStatus.FULL))
                .expectEvents(recognised());
    }

    @Test
    void a_refused_recognition_makes_no_candidate() {
        fixture.given(enrolled())
                .when(new RecordRecognition(ANA, "case-1", RecognitionStatus.REFUSED))
                .expectEvents(new TraineeRecognised(ANA, SCHEME, "case-1", RecognitionStatus.REFUSED));
    }

    @Test
    void withdrawing_placement_consent_takes_the_candidate_out_of_matching_at_once() {
        fixture.given(enrolled(), recognised(), available())
                .when(new WithdrawConsent(ANA, Set.of(ConsentPurpose.PLACEMENT), ANA_HERSELF))
                .expectEvents(new ConsentWithdrawn(ANA, SCHEME, Set.of(ConsentPurpose.PLACEMENT),
                                Set.of(ConsentPurpose.TRAINING, ConsentPurpose.RECOGNITION)),
                        new CandidateWithdrawn(ANA, SCHEME, CandidateWithdrawn.Reason.CONSENT_WITHDRAWN));
    }

    @Test
    void a_candidate_who_switches_to_the_home_track_is_withdrawn() {
        fixture.given(enrolled(), recognised(), available())
                .when(new SwitchTrack(ANA, Track.HOME, ANA_HERSELF))
                .expectEvents(new TrackSwitched(ANA, SCHEME, Track.AWAY, Track.HOME),
                        new CandidateWithdrawn(ANA, SCHEME, CandidateWithdrawn.Reason.TRACK_CHANGED));
    }

    @Test
    void a_placed_candidate_is_withdrawn_from_other_shortlists() {
        fixture.given(enrolled(), recognised(), available())
                .when(new RecordPlacement(ANA, "placement-1", "employer-1"))
                .expectEvents(new TraineePlaced(ANA, SCHEME, "placement-1", "employer-1"),
                        new CandidateWithdrawn(ANA, SCHEME, CandidateWithdrawn.Reason.PLACED));
    }

    @Test
    void an_erased_candidate_is_withdrawn() {
        fixture.given(enrolled(), recognised(), available())
                .when(new EraseTrainee(ANA, AGENCY))
                .expectEvents(new CandidateWithdrawn(ANA, SCHEME, CandidateWithdrawn.Reason.ERASED),
                        new TraineeErased(ANA, SCHEME));
    }

    @Test
    void a_use_needs_the_person_s_consent_to_its_purpose() {
        fixture.given(enrolled(), new ConsentWithdrawn(ANA, SCHEME, Set.of(ConsentPurpose.RECOGNITION),
                        Set.of(ConsentPurpose.TRAINING, ConsentPurpose.PLACEMENT)))
                .when(new RequireConsent(ANA, ConsentPurpose.RECOGNITION, AGENCY))
                .expectException(refusedBy("personId", Trainee.CONSENT_GIVEN_FOR_THE_PURPOSE));
    }

    static final Acting PROVIDER = new Acting(Set.of("TRAINING_PROVIDER"), "tesda-manila", "PH", null);

    @Test
    void the_assigned_training_provider_records_a_completed_module_once() {
        LocalDate day = LocalDate.of(2027, 2, 15);
        fixture.given(enrolled())
                .when(new RecordModule(ANA, "CARE-101", " Basic care ", day, PROVIDER))
                .expectEvents(new ModuleCompleted(ANA, "CARE-101", "Basic care", day, "tesda-manila"));
        fixture.given(enrolled(), new ModuleCompleted(ANA, "CARE-101", "Basic care", day, "tesda-manila"))
                .when(new RecordModule(ANA, "CARE-101", "Basic care", day, PROVIDER))
                .expectException(refusedBy("moduleCode", Trainee.MODULE_RECORDED_ONCE));
    }

    @Test
    void training_is_recorded_only_by_the_provider_the_trainee_is_assigned_to() {
        fixture.given(enrolled())
                .when(new RecordAssessment(ANA, "care.basic", 3, "R. Bautista", LocalDate.of(2027, 2, 20), "ev-1",
                        new Acting(Set.of("TRAINING_PROVIDER"), "another-school", "PH", null)))
                .expectException(notPermittedBy(Trainee.RECORDED_BY_THE_ASSIGNED_PROVIDER))
                .expectNoEvents();
    }

    @Test
    void a_candidate_s_published_skills_follow_their_assessments() {
        LocalDate day = LocalDate.of(2027, 2, 20);
        fixture.given(enrolled(), recognised(), available())
                .when(new RecordAssessment(ANA, "care.basic", 4, "R. Bautista", day, "ev-1", PROVIDER))
                .expectEvents(new SkillAssessed(ANA, "care.basic", 4, "R. Bautista", day, "ev-1", "tesda-manila"),
                        new CandidateBecameAvailable(ANA, SCHEME, OccupationCode.of("5321"),
                                List.of(new AssessedSkill("care.basic", 4)), List.of(new LanguageSkill("de", CefrLevel.A2)),
                                RecognitionStatus.FULL, LocalDate.now(ZoneOffset.UTC), PH, DE));
    }

    /** The register as a map: the real one is a keyed blind index (BlindIndexTraineeIdentityTest). */
    static class FakeIdentities implements TraineeIdentity {
        final Map<String, PersonId> holders = new HashMap<>();

        @Override
        public Optional<PersonId> claim(String fullName, LocalDate birthDate, CountryCode origin, PersonId personId) {
            PersonId holder = holders.putIfAbsent(fullName + birthDate + origin, personId);
            return holder == null || holder.equals(personId) ? Optional.empty() : Optional.of(holder);
        }

        @Override
        public void release(String fullName, LocalDate birthDate, CountryCode origin, PersonId personId) {
            holders.remove(fullName + birthDate + origin, personId);
        }

        @Override
        public void forget(PersonId personId) {
            holders.values().remove(personId);
        }
    }
}
