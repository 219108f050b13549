package org.corridor.returns.returncase.api;

/** The measures a reintegration plan is made of. */
public enum MeasureType {
    JOB_PLACEMENT, BUSINESS_START_UP, TRAINING, PSYCHOSOCIAL_SUPPORT, REFERRAL, SKILLS_CERTIFICATION
}
