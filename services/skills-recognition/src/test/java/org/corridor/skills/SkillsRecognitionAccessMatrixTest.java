package org.corridor.skills;

import org.corridor.kernel.testing.AccessMatrixConformance;

/** Who may call each endpoint of skills recognition: src/test/resources/access-matrix.csv. */
class SkillsRecognitionAccessMatrixTest extends AccessMatrixConformance {
}
