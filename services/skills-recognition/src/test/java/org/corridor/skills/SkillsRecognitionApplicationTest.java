package org.corridor.skills;

import org.corridor.kernel.testing.PlatformConformance;

class SkillsRecognitionApplicationTest extends PlatformConformance {
}
