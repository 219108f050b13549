package org.corridor.returns.grievance.api;

import java.time.LocalDate;

/** The days a grievance is about, first and last inclusive. */
public record Period(LocalDate from, LocalDate to) {
}
