package org.corridor.identity.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    @TempDir
    Path data;

    @Test
    void the_key_generated_on_first_start_is_the_one_read_on_every_later_start() throws Exception {
        JWKSet first = SigningKeys.load(null, data);
        JWKSet second = SigningKeys.load("", data);
        assertThat(second.getKeys()).hasSize(1);
        assertThat(second.getKeys().get(0).getKeyID()).isEqualTo(first.getKeys().get(0).getKeyID());
        assertThat(second.getKeys().get(0).toRSAKey().toPrivateKey())
                .isEqualTo(first.getKeys().get(0).toRSAKey().toPrivateKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(SigningKeys.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_key_given_by_the_environment_is_used_and_nothing_is_written() {
        RSAKey given = SigningKeys.generate();
        JWKSet loaded = SigningKeys.load(given.toJSONString(), data);
        assertThat(loaded.getKeys().get(0).getKeyID()).isEqualTo(given.getKeyID());
        assertThat(data.resolve(SigningKeys.FILE)).doesNotExist();
    }

    @Test
    void a_public_key_or_no_json_is_refused_at_start() {
        RSAKey given = SigningKeys.generate();
        assertThatThrownBy(() -> SigningKeys.load(given.toPublicJWK().toJSONString(), data))
                .hasMessageContaining("must hold an RSA private key");
        assertThatThrownBy(() -> SigningKeys.load("not json", data)).hasMessageContaining("is not a JWK");
    }
}
