package org.corridor.returns.returncase.api;

/** What a needs assessment looks at. */
public enum NeedArea {
    EMPLOYMENT, INCOME, HOUSING, HEALTH, FAMILY, SKILLS_TO_CERTIFY
}
