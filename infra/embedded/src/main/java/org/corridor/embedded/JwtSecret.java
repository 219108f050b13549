package org.corridor.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HMAC-SHA256 key the gateway signs demo tokens with and every service checks them with. It is made once per
 * data folder and kept there, so tokens issued before a restart are still accepted after it.
 *
 * <p>48 random bytes written as 64 Base64 characters: at least 32 bytes of key whether a reader takes the text
 * as it is or decodes it.
 */
final class JwtSecret {

    private static final int RANDOM_BYTES = 48;

    private JwtSecret() {
    }

    static String loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (secret.length() < 32) {
                throw new IllegalStateException(file + " holds a JWT secret shorter than 32 characters; delete it to"
                        + " have a new one made (tokens issued so far become invalid).");
            }
            return secret;
        }
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL applies
        }
        return secret;
    }
}
