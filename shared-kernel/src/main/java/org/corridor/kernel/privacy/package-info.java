/**
 * Crypto-shredding of personal data in events (ADR 0005).
 * <p>
 * Events mark their person with {@link org.corridor.kernel.privacy.DataSubject} and that person's values with
 * {@link org.corridor.kernel.privacy.PersonalData}. The event serializer from
 * {@link org.corridor.kernel.privacy.PersonalDataSerializers} stores those values sealed with the person's own key,
 * kept in {@link org.corridor.kernel.privacy.PersonalDataKeys} apart from the events.
 * {@link org.corridor.kernel.privacy.CryptoShredder} erases a person by destroying the key, after which the values
 * read back as {@code null} and the events stay valid.
 */
package org.corridor.kernel.privacy;
