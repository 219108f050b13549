package org.corridor.identity.erasure.query;

import org.corridor.kernel.access.PersonalRecord;

import java.util.List;

/**
 * An erasure request as recorded: the receipt, and what only the service uses: the person's origin country (whose
 * agencies may read it), the digest of the receipt code, and the request's history for the person's record.
 */
public record RecordedErasure(Receipt receipt, String originCountry, String receiptCodeDigest,
                              List<PersonalRecord.Change> changes) {
}
