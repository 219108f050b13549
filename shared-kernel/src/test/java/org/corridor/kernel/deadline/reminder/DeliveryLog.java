package org.corridor.kernel.deadline.reminder;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every delivery of a reminder deadline, by reminder id, with the name of the instance it was delivered in. Static:
 * it outlives the instances a test starts and stops.
 */
@Component
public class DeliveryLog {

    private static final Map<String, List<String>> DELIVERIES = new ConcurrentHashMap<>();

    DeliveryLog(DeadlineManager deadlines, @Value("${reminder.instance}") String instance) {
        deadlines.registerHandlerInterceptor((unitOfWork, chain) -> {
            DeadlineMessage<?> message = unitOfWork.getMessage();
            if (message.getPayload() instanceof ReminderMessages.ReminderDue due) {
                DELIVERIES.computeIfAbsent(due.reminderId(), id -> new CopyOnWriteArrayList<>()).add(instance);
            }
            return chain.proceed();
        });
    }

    /** The instances the reminder's deadline was delivered in, one entry per delivery. */
    public static List<String> deliveriesOf(String reminderId) {
        return List.copyOf(DELIVERIES.getOrDefault(reminderId, List.of()));
    }
}
