package org.corridor.kernel.eventstore.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.eventstore.EventStoreAutoConfiguration;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credit;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credited;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Debited;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.LedgerOpened;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.OpenLedger;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.PostEntries;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A test aggregate that opts into the shared cache and snapshots, as a service's aggregate would. Jackson reads its
 * fields for snapshots. After applying its events it gives {@link LedgerHooks} a chance to hold the command: once
 * before the events are stored, once after they are stored and before the transaction commits.
 */
@Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE,
        snapshotTriggerDefinition = EventStoreAutoConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private long balance;

    Ledger() {
        // for Axon and Jackson
    }

    @CommandHandler
    Ledger(OpenLedger command) {
        apply(new LedgerOpened(command.ledgerId(), command.owner()));
        LedgerHooks.applied(command.ledgerId(), command);
    }

    @CommandHandler
    void handle(Credit command) {
        if (command.amount() <= 0) {
            throw new IllegalArgumentException("a credit is positive");
        }
        apply(new Credited(ledgerId, command.amount(), command.memo()));
        LedgerHooks.applied(ledgerId, command);
    }

    @CommandHandler
    void handle(PostEntries command) {
        long total = command.amounts().stream().mapToLong(Long::longValue).sum();
        if (balance + total < 0) {
            throw new IllegalStateException("entries would overdraw ledger " + ledgerId);
        }
        for (long amount : command.amounts()) {
            apply(amount >= 0 ? new Credited(ledgerId, amount, command.memo())
                    : new Debited(ledgerId, -amount, command.memo()));
        }
        LedgerHooks.applied(ledgerId, command);
    }

    @EventSourcingHandler
    void on(LedgerOpened event) {
        ledgerId = event.ledgerId();
    }

    @EventSourcingHandler
    void on(Credited event) {
        balance += event.amount();
    }

    @EventSourcingHandler
    void on(Debited event) {
        balance -= event.amount();
    }

    public String ledgerId() {
        return ledgerId;
    }

    public long balance() {
        return balance;
    }
}
