package org.corridor.kernel.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event component that holds personal data of the event's {@link DataSubject}.
 * <p>
 * In the event store the value is written encrypted with the subject's own key. Once that key is erased the
 * component reads back as {@code null}, so the type must be a reference type and the event must accept
 * {@code null} there (no {@code requireNonNull} in a compact constructor). Any JSON-serializable value works:
 * strings, dates, numbers, nested records and lists are encrypted as one JSON value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
