package org.corridor.kernel.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that identifies the person whose key encrypts the {@link PersonalData} components of the
 * same event (or of the same nested record).
 * <p>
 * The value is a {@code String}, or a value type whose id is given by a {@code value()} accessor or, failing
 * that, by {@code toString()}. It is stored in clear (it is the associated data of every ciphertext), so it must
 * be a pseudonymous id, never a name or a document number, and it must keep the same string form for the life of
 * the event store.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DataSubject {
}
