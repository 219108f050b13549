package org.corridor.matching.allocation.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.allocation.api.AllocationRecorded;
import org.corridor.matching.allocation.api.PreferencesStated;
import org.corridor.matching.allocation.api.StatePreferences;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.Requirements;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.matching.Refusals.violationOf;

class SchemeAllocationTest {

    static final LocalDate START = LocalDate.of(2027, 9, 1);

    static AllocationSources.OpenOrder order(String id, int positions) {
        return new AllocationSources.OpenOrder(new Requirements(id, "s-1", "5321",
                List.of(new Requirements.Skill("care.basic-nursing", 3)), "de", CefrLevel.B1, START), positions);
    }

    static CandidateProfile candidate(String id, CefrLevel german) {
        return new CandidateProfile(id, "s-1", "5321", Map.of("care.basic-nursing", 3), Map.of("de", german),
                CandidateProfile.Recognition.FULL, LocalDate.of(2027, 6, 1));
    }

    @Test
    void the_run_records_its_inputs_and_explains_each_assignment_and_each_unassigned_candidate() {
        AllocationRecorded run = SchemeAllocation.allocate("run-1", "s-1",
                List.of(candidate("p-a", CefrLevel.A2), candidate("p-b", CefrLevel.B2), candidate("p-c", CefrLevel.B1)),
                List.of(order("jo-1", 1), order("jo-2", 1)),
                Map.of("p-a", List.of("jo-1", "jo-2"), "p-b", List.of("jo-1"), "p-c", List.of("jo-1", "jo-9")));

        assertThat(run.tieBreak()).contains("lower person id");
        assertThat(run.orders()).containsExactly(new AllocationRecorded.OrderInput("jo-1", 1),
                new AllocationRecorded.OrderInput("jo-2", 1));
        assertThat(run.candidates()).filteredOn(c -> c.personId().equals("p-c")).singleElement()
                .satisfies(c -> assertThat(c.setAside()).containsExactly("jo-9"));
        // p-b and p-c both meet every requirement with the same score: the tie goes to the lower id, p-b.
        assertThat(run.assignments()).extracting(AllocationRecorded.Assignment::personId,
                AllocationRecorded.Assignment::jobOrderId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("p-b", "jo-1"), org.assertj.core.groups.Tuple.tuple("p-a", "jo-2"));
        assertThat(run.assignments()).filteredOn(a -> a.personId().equals("p-a")).singleElement()
                .satisfies(a -> {
                    assertThat(a.preferenceRank()).isEqualTo(2);
                    assertThat(a.explanation()).contains("choice 2").contains("jo-1 filled its 1 position(s)");
                });
        assertThat(run.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.personId()).isEqualTo("p-c");
            assertThat(u.explanation()).contains("jo-1").contains("ranks higher");
        });
    }

    @Test
    void the_same_inputs_give_the_same_run() {
        List<CandidateProfile> pool = List.of(candidate("p-a", CefrLevel.B1), candidate("p-b", CefrLevel.B1));
        Map<String, List<String>> preferences = Map.of("p-a", List.of("jo-1"), "p-b", List.of("jo-1"));
        assertThat(SchemeAllocation.allocate("run-1", "s-1", pool, List.of(order("jo-1", 1)), preferences))
                .isEqualTo(SchemeAllocation.allocate("run-1", "s-1", List.of(pool.get(1), pool.get(0)),
                        List.of(order("jo-1", 1)), preferences));
    }

    @Test
    void a_candidate_without_any_eligible_preference_is_told_so() {
        AllocationRecorded run = SchemeAllocation.allocate("run-1", "s-1", List.of(candidate("p-a", CefrLevel.B1)),
                List.of(order("jo-1", 1)), Map.of("p-a", List.of("jo-closed")));
        assertThat(run.unassigned()).singleElement()
                .satisfies(u -> assertThat(u.explanation()).contains("None of the job orders you listed is open"));
    }

    // --- preferences

    static final class Sources implements AllocationSources {
        @Override
        public Optional<CandidateProfile> candidate(String personId) {
            return personId.equals("p-a") ? Optional.of(SchemeAllocationTest.candidate("p-a", CefrLevel.B1))
                    : Optional.empty();
        }

        @Override
        public Collection<CandidateProfile> candidatesInScheme(String schemeId) {
            return List.of();
        }

        @Override
        public List<OpenOrder> openOrders(String schemeId) {
            return List.of();
        }

        @Override
        public Optional<OpenOrder> openOrder(String jobOrderId) {
            return jobOrderId.equals("jo-1") ? Optional.of(order("jo-1", 1)) : Optional.empty();
        }

        @Override
        public Map<String, List<String>> preferences(String schemeId) {
            return Map.of();
        }
    }

    @Test
    void a_candidate_states_preferences_over_open_orders_it_is_eligible_for() {
        AggregateTestFixture<CandidatePreferences> fixture = new AggregateTestFixture<>(CandidatePreferences.class);
        fixture.registerInjectableResource(new Sources());
        fixture.givenNoPriorActivity()
                .when(new StatePreferences("p-a", List.of("jo-1")))
                .expectEvents(new PreferencesStated("p-a", "s-1", List.of("jo-1")));
    }

    @Test
    void a_preference_for_an_order_that_is_not_open_is_refused_naming_its_place_in_the_list() {
        AggregateTestFixture<CandidatePreferences> fixture = new AggregateTestFixture<>(CandidatePreferences.class);
        fixture.registerInjectableResource(new Sources());
        fixture.givenNoPriorActivity()
                .when(new StatePreferences("p-a", List.of("jo-1", "jo-2")))
                .expectException(violationOf("jobOrderIds[1]"))
                .expectNoEvents();
    }

    @Test
    void someone_not_in_the_pool_states_no_preferences() {
        AggregateTestFixture<CandidatePreferences> fixture = new AggregateTestFixture<>(CandidatePreferences.class);
        fixture.registerInjectableResource(new Sources());
        fixture.givenNoPriorActivity()
                .when(new StatePreferences("p-z", List.of("jo-1")))
                .expectException(violationOf("personId"))
                .expectNoEvents();
    }
}
