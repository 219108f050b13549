package org.corridor.skills.recognition.api;

import java.time.LocalDate;

/** The qualification certificate to recognise, as its holder presents it. A document: sealed wherever stored. */
public record Certificate(String number, String issuer, String title, LocalDate issuedOn) {
}
