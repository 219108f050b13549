package org.corridor.kernel.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells the JDBC engine that a write failed on a unique key, so that a second writer on one aggregate gets a
 * {@code ConcurrencyException} (or {@code AggregateStreamCreationException} for a duplicate creation).
 * <p>
 * Axon's {@code SQLErrorCodesResolver} would read the right codes, but also probes for JPA's
 * {@code EntityExistsException}; without JPA on the class path every conflict became a {@code NoClassDefFoundError},
 * an error that skips the unit of work's clean-up and leaves it attached to the thread.
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    /** SQL-standard unique violation (H2, PostgreSQL), and H2's older duplicate key state. */
    private static final Set<String> DUPLICATE_KEY_STATES = Set.of("23505", "23001");
    private static final Set<Integer> DUPLICATE_KEY_CODES = Set.of(23505, 23001);

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = exception; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException && isDuplicateKey(sqlException)) {
                return true;
            }
        }
        return false;
    }

    // A failed batch reports each failed statement as a "next" exception.
    private static boolean isDuplicateKey(SQLException exception) {
        Set<SQLException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SQLException next = exception; next != null && seen.add(next); next = next.getNextException()) {
            if (DUPLICATE_KEY_STATES.contains(next.getSQLState()) || DUPLICATE_KEY_CODES.contains(next.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
