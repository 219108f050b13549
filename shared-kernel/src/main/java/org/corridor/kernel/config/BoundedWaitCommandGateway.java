package org.corridor.kernel.config;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Axon's gateway, except that {@link #sendAndWait(Object)} waits at most {@code corridor.commands.timeout}. On expiry
 * Axon's {@code DefaultCommandGateway.sendAndWait(command, timeout, unit)} throws a {@link CommandExecutionException}
 * caused by a {@link TimeoutException} (its {@code FutureCallback} reports the expiry as the result); this gateway
 * throws {@link CommandTimedOutException} instead, which HTTP answers with 503 and {@code Retry-After}. The wait
 * can only expire because commands are handled on the command bus's own threads (an {@code
 * AsynchronousCommandBus}): on Axon's {@code SimpleCommandBus} the handler runs on the sender's thread and
 * {@code send} returns only when it is done.
 */
public class BoundedWaitCommandGateway implements CommandGateway {

    private final CommandGateway delegate;
    private final Duration timeout;

    public BoundedWaitCommandGateway(CommandGateway delegate, Duration timeout) {
        this.delegate = delegate;
        this.timeout = timeout;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return sendAndWait(command, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        try {
            return delegate.sendAndWait(command, timeout, unit);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new CommandTimedOutException(command, Duration.ofNanos(unit.toNanos(timeout)), e);
            }
            throw e;
        }
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        delegate.send(command, callback);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        return delegate.send(command);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }
}
