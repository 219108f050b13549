package org.corridor.kernel.eventstore.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands and events of the test ledger: small, so that the store's behaviour is what the tests look at. */
public final class LedgerMessages {

    private LedgerMessages() {
    }

    public record OpenLedger(@TargetAggregateIdentifier String ledgerId, String owner) {
    }

    public record Credit(@TargetAggregateIdentifier String ledgerId, long amount, String memo) {
    }

    /** Several entries in one command: credits for positive amounts, debits for negative ones. */
    public record PostEntries(@TargetAggregateIdentifier String ledgerId, List<Long> amounts, String memo) {
    }

    public record LedgerOpened(String ledgerId, String owner) {
    }

    public record Credited(String ledgerId, long amount, String memo) {
    }

    public record Debited(String ledgerId, long amount, String memo) {
    }
}
