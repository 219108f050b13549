package org.corridor.returns.returncase.api;

public enum NeedLevel {
    NONE, SOME, URGENT
}
