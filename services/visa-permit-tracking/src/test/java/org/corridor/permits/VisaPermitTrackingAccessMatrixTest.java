package org.corridor.permits;

import org.corridor.kernel.testing.AccessMatrixConformance;

/** Every endpoint, every role and no token: src/test/resources/access-matrix.csv. */
class VisaPermitTrackingAccessMatrixTest extends AccessMatrixConformance {
}
