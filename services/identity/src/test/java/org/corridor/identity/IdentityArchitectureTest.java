package org.corridor.identity;

import org.corridor.kernel.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class IdentityArchitectureTest {

    @Test
    void domain_knows_no_infrastructure_and_no_other_service() {
        ServiceArchitecture.check("org.corridor.identity");
    }
}
