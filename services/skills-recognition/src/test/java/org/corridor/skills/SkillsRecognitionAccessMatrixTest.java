package org.corridor.skills;

import org.corridor.kernel.testing.AccessMatrixConformance;

/** Every endpoint of the service, for no token and every role, as src/test/resources/access-matrix.csv says. */
class SkillsRecognitionAccessMatrixTest extends AccessMatrixConformance {
}
