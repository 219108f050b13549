package org.corridor.skills.recognition.adapter;

import java.net.URI;

/** Where the external qualification authority answers; a bean so that tests can point it at a mock server. */
@FunctionalInterface
public interface QualificationAuthorityEndpoint {

    URI baseUrl();
}
