package org.corridor.returns.returncase.api;

/** One area of a needs assessment: how pressing it is, and the counsellor's note. */
public record Need(NeedArea area, NeedLevel level, String note) {
}
