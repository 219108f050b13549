package org.corridor.matching;

import org.corridor.kernel.testing.AccessMatrixConformance;

/** Who may call each endpoint of employer matching: src/test/resources/access-matrix.csv. */
class EmployerMatchingAccessMatrixTest extends AccessMatrixConformance {
}
