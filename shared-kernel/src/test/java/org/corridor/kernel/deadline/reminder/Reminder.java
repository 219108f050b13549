package org.corridor.kernel.deadline.reminder;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.deadline.reminder.ReminderMessages.ReminderDue;
import org.corridor.kernel.deadline.reminder.ReminderMessages.ReminderRaised;
import org.corridor.kernel.deadline.reminder.ReminderMessages.ReminderSet;
import org.corridor.kernel.deadline.reminder.ReminderMessages.SetReminder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Reminder {

    static final String DUE = "reminder-due";

    @AggregateIdentifier
    private String reminderId;
    private boolean raised;

    Reminder() {
    }

    @CommandHandler
    Reminder(SetReminder command, DeadlineManager deadlines) {
        String scheduleId = deadlines.schedule(command.dueAt(), DUE, new ReminderDue(command.reminderId()));
        apply(new ReminderSet(command.reminderId(), command.dueAt(), scheduleId));
    }

    /** Delivery is at least once: a second delivery finds the reminder raised and changes nothing. */
    @DeadlineHandler(deadlineName = DUE)
    void on(ReminderDue due) {
        if (raised) {
            return;
        }
        apply(new ReminderRaised(due.reminderId()));
    }

    @EventSourcingHandler
    void on(ReminderSet event) {
        reminderId = event.reminderId();
    }

    @EventSourcingHandler
    void on(ReminderRaised event) {
        raised = true;
    }
}
