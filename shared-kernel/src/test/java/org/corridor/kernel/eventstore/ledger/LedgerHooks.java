package org.corridor.kernel.eventstore.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a test hold a command or a projection at a chosen point, to line up two writers or commit an event late.
 * Keyed by ledger id, so hooks for one test's ledgers never touch another's. Shared by every instance in the JVM,
 * which is what lets one test coordinate two instances.
 */
public final class LedgerHooks {

    /** Called in the command's thread. */
    public interface CommandHook {

        /** After the command's events are applied, before they are stored. */
        default void afterApply(Object command) throws Exception {
        }

        /** After the command's events are stored, before the transaction (if any) commits. */
        default void beforeCommit(Object command) throws Exception {
        }
    }

    /** Called in the projection's thread, before it handles an event. */
    public interface ProjectionHook {
        void beforeProjecting(long sequenceNumber) throws Exception;
    }

    private static final Map<String, CommandHook> COMMAND_HOOKS = new ConcurrentHashMap<>();
    private static final Map<String, ProjectionHook> PROJECTION_HOOKS = new ConcurrentHashMap<>();

    private LedgerHooks() {
    }

    public static AutoCloseable onCommand(String ledgerId, CommandHook hook) {
        COMMAND_HOOKS.put(ledgerId, hook);
        return () -> COMMAND_HOOKS.remove(ledgerId, hook);
    }

    public static AutoCloseable onProjection(String ledgerId, ProjectionHook hook) {
        PROJECTION_HOOKS.put(ledgerId, hook);
        return () -> PROJECTION_HOOKS.remove(ledgerId, hook);
    }

    static void applied(String ledgerId, Object command) {
        CommandHook hook = COMMAND_HOOKS.get(ledgerId);
        if (hook == null) {
            return;
        }
        run(() -> hook.afterApply(command));
        // On an existing aggregate, applying the first event registered the event bus's own prepare-commit step, which
        // stores the events; this one comes after it, so it runs once they are stored and before the commit.
        CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> run(() -> hook.beforeCommit(command)));
    }

    static void projecting(String ledgerId, long sequenceNumber) {
        ProjectionHook hook = PROJECTION_HOOKS.get(ledgerId);
        if (hook != null) {
            run(() -> hook.beforeProjecting(sequenceNumber));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held by a test hook", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
