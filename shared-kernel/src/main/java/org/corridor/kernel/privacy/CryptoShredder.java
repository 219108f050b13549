package org.corridor.kernel.privacy;

import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a person by destroying their key: every personal value sealed with it, in every stored event, backup and
 * replica of the event store, becomes unreadable at once, while the events themselves stay valid.
 */
public final class CryptoShredder {

    private static final Logger log = LoggerFactory.getLogger(CryptoShredder.class);

    private final SubjectKeyring keyring;
    private final Consumer<PersonalDataErased> announcement;

    public CryptoShredder(SubjectKeyring keyring, Consumer<PersonalDataErased> announcement) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.announcement = Objects.requireNonNull(announcement, "announcement");
    }

    /** Publishes the announcement on an Axon event bus (the event store), so tracking projections see it too. */
    public static Consumer<PersonalDataErased> announcingOn(EventBus eventBus) {
        return erased -> eventBus.publish(GenericEventMessage.asEventMessage(erased));
    }

    /**
     * Erases the subject and returns the tombstone. Erasing again keeps the first tombstone and announces again, so
     * a retry after a failed announcement completes the job.
     *
     * @param erasedBy who ordered the erasure (a user id), recorded in the tombstone
     */
    public Erasure erase(String subjectId, String erasedBy) {
        requireText(subjectId, "subjectId");
        requireText(erasedBy, "erasedBy");
        Erasure erasure = keyring.erase(subjectId, erasedBy);
        log.info("Erased personal data of subject {} (ordered by {} at {})",
                subjectId, erasure.erasedBy(), erasure.erasedAt());
        announcement.accept(new PersonalDataErased(subjectId, erasure.erasedAt()));
        return erasure;
    }

    public boolean isErased(String subjectId) {
        return keyring.isErased(subjectId);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
