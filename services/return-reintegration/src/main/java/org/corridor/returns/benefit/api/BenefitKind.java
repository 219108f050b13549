package org.corridor.returns.benefit.api;

/** What a returnee asks the destination's social-security system to carry over. */
public enum BenefitKind {
    PENSION_RIGHTS, SOCIAL_SECURITY_CONTRIBUTIONS, UNEMPLOYMENT_INSURANCE_PERIODS
}
