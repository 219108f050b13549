package org.corridor.kernel.deadline.reminder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The reminder's commands, events and deadline payload. */
public final class ReminderMessages {

    private ReminderMessages() {
    }

    public record SetReminder(@TargetAggregateIdentifier String reminderId, Instant dueAt) {
    }

    public record ReminderSet(String reminderId, Instant dueAt, String scheduleId) {
    }

    /** Recorded once, however often the deadline is delivered. */
    public record ReminderRaised(String reminderId) {
    }

    /** The deadline's payload: its class name is stored with the pending deadline. */
    public record ReminderDue(String reminderId) {
    }
}
