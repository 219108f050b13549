package org.corridor.matching.joborder.api;

/**
 * One fair-recruitment rule a job order breaks: the rule's name, the field at fault, why, and what to do next.
 */
public record RuleBreach(String rule, String field, String explanation, String whatToDo) {
}
