package org.corridor.returns.returncase.command;

import org.corridor.returns.returncase.api.FollowUp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When the follow-ups of a case fall due: 3, 6 and 12 months after the return, at 09:00 UTC. A follow-up whose day
 * has passed when the case opens (a return registered late) is due at once. Offsets may also be durations
 * ({@code PT15S}), counted from the case's opening, for demonstrations and tests.
 */
public final class FollowUpSchedule {

    static final LocalTime HOUR = LocalTime.of(9, 0);

    private final Map<FollowUp, String> offsets = new EnumMap<>(FollowUp.class);

    /** @param offsets one per follow-up, in order: ISO periods ({@code P3M}) or durations ({@code PT15S}) */
    public FollowUpSchedule(List<String> offsets) {
        FollowUp[] followUps = FollowUp.values();
        if (offsets.size() != followUps.length) {
            throw new IllegalArgumentException("give " + followUps.length + " follow-up offsets, one each for "
                    + List.of(followUps) + "; got " + offsets);
        }
        for (int i = 0; i < followUps.length; i++) {
            String offset = offsets.get(i).strip();
            if (offset.contains("T")) {
                Duration.parse(offset);
            } else {
                Period.parse(offset);
            }
            this.offsets.put(followUps[i], offset);
        }
    }

    public static FollowUpSchedule standard() {
        return new FollowUpSchedule(List.of("P3M", "P6M", "P12M"));
    }

    Instant dueAt(FollowUp followUp, LocalDate returnedOn, Instant openedAt) {
        String offset = offsets.get(followUp);
        Instant due = offset.contains("T") ? openedAt.plus(Duration.parse(offset))
                : returnedOn.plus(Period.parse(offset)).atTime(HOUR).toInstant(ZoneOffset.UTC);
        return due.isBefore(openedAt) ? openedAt : due;
    }
}
