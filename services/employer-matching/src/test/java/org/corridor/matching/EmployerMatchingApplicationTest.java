package org.corridor.matching;

import org.corridor.kernel.testing.PlatformConformance;

class EmployerMatchingApplicationTest extends PlatformConformance {
}
