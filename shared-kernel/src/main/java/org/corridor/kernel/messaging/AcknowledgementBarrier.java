package org.corridor.kernel.messaging;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;

/**
 * Lets the publishing processor send a whole batch without waiting for each event, and holds the batch's commit
 * until Kafka has acknowledged every send.
 *
 * <p>Why here and not in a commit phase: the tracking processor registers its own interceptor first, and with it
 * the token update in the unit of work's prepare-commit phase. A wait registered later in that phase would run
 * after the token was written, which is only harmless where the token store shares the database transaction
 * (JDBC), not with the Mongo token store. Interceptors run in registration order around the handlers, so this
 * one, registered after the processor's, finishes its wait for the last message of the batch before the unit of
 * work commits at all. A send that fails or times out throws here, the batch rolls back, and the processor
 * retries it from its token.
 */
public class AcknowledgementBarrier implements MessageHandlerInterceptor<EventMessage<?>> {

    private final Duration timeout;

    public AcknowledgementBarrier(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        PendingAcknowledgements pending = PendingAcknowledgements.openFor(unitOfWork);
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            pending.awaitAll(timeout);
        }
        return result;
    }
}
