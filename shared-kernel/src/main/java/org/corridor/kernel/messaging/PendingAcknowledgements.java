package org.corridor.kernel.messaging;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The sends of one batch of the publishing processor that Kafka has not acknowledged yet. Kept as a resource of
 * the batch's unit of work, so a batch that rolls back takes its list with it.
 *
 * <p>Sends of different aggregates go out at once; an event of an aggregate that already has a send pending in
 * the batch is sent only once that send is acknowledged, and not at all if it failed. So no record of an
 * aggregate ever reaches the topic ahead of an earlier one, whatever fails: a failed batch is resent from its
 * first event, and a consumer reading first-seen event ids sees each aggregate's events in their stored order.
 */
final class PendingAcknowledgements {

    static final String RESOURCE = PendingAcknowledgements.class.getName();

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, CompletableFuture<?>> latestByAggregate = new HashMap<>();
    private volatile Throwable firstFailure;
    private volatile boolean abandoned;

    /** The list of the batch in hand, if the batch waits for its acknowledgements at its end. */
    static Optional<PendingAcknowledgements> ofCurrentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().root().<PendingAcknowledgements>getResource(RESOURCE));
    }

    static PendingAcknowledgements openFor(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        PendingAcknowledgements existing = root.getResource(RESOURCE);
        if (existing != null) {
            return existing;
        }
        PendingAcknowledgements opened = new PendingAcknowledgements();
        root.resources().put(RESOURCE, opened);
        root.onRollback(u -> opened.abandon());
        return opened;
    }

    /**
     * Sends now, or once the aggregate's previous send in this batch is acknowledged ({@code chain} runs it then).
     *
     * @throws IntegrationEventPublisher.PublicationFailedException at once if a send of this batch already failed:
     *                                                              the batch will roll back, sending more is waste
     */
    <R> CompletableFuture<R> send(IntegrationEventEnvelope envelope, Supplier<CompletableFuture<R>> sender,
                                  Executor chain) {
        if (firstFailure != null) {
            throw new IntegrationEventPublisher.PublicationFailedException(envelope, firstFailure);
        }
        CompletableFuture<?> previous = latestByAggregate.get(envelope.aggregateId());
        CompletableFuture<R> acknowledgement;
        if (previous == null || (previous.isDone() && !previous.isCompletedExceptionally())) {
            acknowledgement = sendNow(sender);
        } else {
            acknowledgement = previous.thenComposeAsync(acknowledged -> {
                if (abandoned) {
                    throw new CancellationException("the batch rolled back");
                }
                return sender.get();
            }, chain);
        }
        acknowledgement.whenComplete((result, failure) -> {
            if (failure != null && firstFailure == null) {
                firstFailure = failure;
            }
        });
        latestByAggregate.put(envelope.aggregateId(), acknowledgement);
        pending.add(new Pending(envelope, acknowledgement));
        return acknowledgement;
    }

    /** A send that fails at once fails its future too: the barrier sees it even if a handler swallowed the throw. */
    private static <R> CompletableFuture<R> sendNow(Supplier<CompletableFuture<R>> sender) {
        try {
            return sender.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** No more sends for this batch: those still waiting for an earlier one of their aggregate are dropped. */
    void abandon() {
        abandoned = true;
    }

    /**
     * Waits until Kafka has acknowledged every send, all within {@code timeout}.
     *
     * @throws IntegrationEventPublisher.PublicationFailedException naming the first event that was not acknowledged
     */
    void awaitAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Pending send : pending) {
                await(send.envelope(), send.acknowledgement(), deadline - System.nanoTime());
            }
        } catch (RuntimeException e) {
            abandon();
            throw e;
        } finally {
            pending.clear();
            latestByAggregate.clear();
        }
    }

    static void await(IntegrationEventEnvelope envelope, CompletableFuture<?> acknowledgement, long timeoutNanos) {
        try {
            acknowledgement.get(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrationEventPublisher.PublicationFailedException(envelope, e);
        } catch (ExecutionException e) {
            throw new IntegrationEventPublisher.PublicationFailedException(envelope, unwrap(e.getCause()));
        } catch (TimeoutException | CancellationException e) {
            throw new IntegrationEventPublisher.PublicationFailedException(envelope, e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private record Pending(IntegrationEventEnvelope envelope, CompletableFuture<?> acknowledgement) {
    }
}
