package org.corridor.returns;

import org.corridor.kernel.testing.PlatformConformance;

class ReturnReintegrationApplicationTest extends PlatformConformance {
}
