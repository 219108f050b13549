package org.corridor.permits;

import org.corridor.kernel.testing.PlatformConformance;

class VisaPermitTrackingApplicationTest extends PlatformConformance {
}
