package org.corridor.identity;

import org.corridor.kernel.testing.AccessMatrixConformance;

/** Who may call each endpoint, as src/test/resources/access-matrix.csv lists it for every role. */
class IdentityAccessTest extends AccessMatrixConformance {
}
