package org.corridor.returns.returncase;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.corridor.returns.returncase.api.PermitEndRecorded;
import org.corridor.returns.returncase.api.RegisterReturn;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.corridor.returns.returncase.api.ReturneeRegistered;
import org.corridor.returns.returncase.command.OneCasePerReturn;
import org.corridor.returns.returncase.command.ReturnCaseIds;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.returns.returncase.FollowUpRestartTest.start;

/**
 * Two instances of the service on one event store, each with its own command bus and aggregate locks: a permit's
 * end taken by one and the returnee's registration taken by the other at the same moment still make one case (the
 * event store lets one of them create it; the other is sent again and joins it).
 */
class OneCasePerReturnAcrossInstancesTest {

    static final int RETURNEES = 12;
    static final CountryCode PH = CountryCode.of("PH");
    static final CountryCode DE = CountryCode.of("DE");

    @Test
    void a_permit_end_and_a_registration_taken_by_two_instances_at_once_make_one_case() throws Exception {
        String store = "one-case-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext first = start(store, "first-" + store);
             ConfigurableApplicationContext second = start(store, "second-" + store)) {
            OneCasePerReturn viaFirst = first.getBean(OneCasePerReturn.class);
            OneCasePerReturn viaSecond = second.getBean(OneCasePerReturn.class);
            // Warm both instances up (the first command of each loads classes and opens the deadline store).
            for (OneCasePerReturn instance : List.of(viaFirst, viaSecond)) {
                PersonId warmUp = PersonId.of("person-" + UUID.randomUUID());
                instance.register(warmUp, id -> new RegisterReturn(id, warmUp, PH, DE, null, LocalDate.now(), null,
                        LocalDate.now()));
            }
            ExecutorService arrivals = Executors.newFixedThreadPool(2);
            List<PersonId> returnees = new ArrayList<>();
            List<CompletableFuture<OneCasePerReturn.Answer>> permitEnds = new ArrayList<>();
            List<CompletableFuture<OneCasePerReturn.Answer>> registrations = new ArrayList<>();
            try {
                for (int i = 0; i < RETURNEES; i++) {
                    PersonId returnee = PersonId.of("person-" + UUID.randomUUID());
                    String application = "app-" + UUID.randomUUID();
                    returnees.add(returnee);
                    CountDownLatch start = new CountDownLatch(1);
                    permitEnds.add(CompletableFuture.supplyAsync(() -> {
                        awaitStart(start);
                        return viaFirst.permitEnded(returnee, application, id -> new OpenReturnCaseOnPermitEnd(id,
                                returnee, application, "scheme-1", "emp-1", PH, DE, "EXPIRED",
                                LocalDate.now().minusDays(5)));
                    }, arrivals));
                    registrations.add(CompletableFuture.supplyAsync(() -> {
                        awaitStart(start);
                        return viaSecond.register(returnee, id -> new RegisterReturn(id, returnee, PH, DE, null,
                                LocalDate.now().minusDays(2), null, LocalDate.now()));
                    }, arrivals));
                    start.countDown();
                    CompletableFuture.allOf(permitEnds.get(i), registrations.get(i)).get(60, TimeUnit.SECONDS);
                }
            } finally {
                arrivals.shutdown();
            }

            EventStore events = first.getBean(EventStore.class);
            for (int i = 0; i < RETURNEES; i++) {
                OneCasePerReturn.Answer permitEnd = permitEnds.get(i).get();
                OneCasePerReturn.Answer registration = registrations.get(i).get();
                String returnCaseId = ReturnCaseIds.of(returnees.get(i), 1);
                assertThat(permitEnd.returnCaseId()).isEqualTo(returnCaseId);
                assertThat(registration.returnCaseId()).isEqualTo(returnCaseId);
                assertThat(permitEnd.opened() ^ registration.opened()).as("exactly one of them opened the case")
                        .isTrue();
                List<Object> recorded = events.readEvents(returnCaseId).asStream()
                        .map(e -> (Object) e.getPayload()).toList();
                assertThat(recorded).filteredOn(ReturnCaseOpened.class::isInstance).hasSize(1);
                assertThat(recorded).filteredOn(e -> e instanceof PermitEndRecorded
                        || e instanceof ReturneeRegistered).hasSize(1);
                assertThat(events.readEvents(ReturnCaseIds.of(returnees.get(i), 2)).hasNext())
                        .as("no second case").isFalse();
            }
        }
    }

    private static void awaitStart(CountDownLatch start) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
