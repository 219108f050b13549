package org.corridor.identity.record;

import org.corridor.identity.account.store.Account;
import org.corridor.identity.account.store.AccountChange;
import org.corridor.identity.account.store.AccountChanges;
import org.corridor.identity.account.store.Accounts;
import org.corridor.identity.activation.store.ActivationCode;
import org.corridor.identity.activation.store.ActivationCodes;
import org.corridor.identity.erasure.Erasures;
import org.corridor.identity.erasure.query.RecordedErasure;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.access.PersonalRecord;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What identity holds about a person, for their right of access: their account (never its password hash or
 * codes), their activation codes' dates (never the codes), their erasure requests; what changed and who changed
 * it; who else was shown it. Identity keeps no time of last sign-in.
 */
@Component
class PersonalRecords {

    static final String SERVICE = "identity";

    private final Accounts accounts;
    private final AccountChanges accountChanges;
    private final ActivationCodes codes;
    private final Erasures erasures;
    private final AccessLog accessLog;
    private final Clock clock;

    PersonalRecords(Accounts accounts, AccountChanges accountChanges, ActivationCodes codes, Erasures erasures,
                    AccessLog accessLog, Clock clock) {
        this.accounts = accounts;
        this.accountChanges = accountChanges;
        this.codes = codes;
        this.erasures = erasures;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    record AccountSection(String username, List<String> roles, String organisation, String country, String status,
                          Instant createdAt) {
    }

    record ActivationSection(Instant issuedAt, Instant expiresAt, String state,
                             Instant changedAt) {
    }

    PersonalRecord of(String personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<PersonalRecord.Change> changes = new ArrayList<>();
        Optional<Account> account = accounts.findByPerson(personId);
        data.put("account", account.map(found -> new AccountSection(found.username(), found.roles(),
                found.organisation(), found.country(), found.status().name(), found.createdAt())).orElse(null));
        account.ifPresent(found -> accountChanges.of(found.subject()).stream().map(PersonalRecords::change)
                .forEach(changes::add));

        List<ActivationSection> activations = new ArrayList<>();
        for (ActivationCode code : codes.of(personId)) {
            activations.add(new ActivationSection(code.issuedAt(), code.expiresAt(), code.state().name(),
                    code.changedAt()));
            changes.add(new PersonalRecord.Change(code.issuedAt(), "activation code issued at enrolment",
                    "system:skills-recognition", List.of("SYSTEM"), "skills-recognition"));
            if (code.state() != ActivationCode.State.ISSUED) {
                changes.add(new PersonalRecord.Change(code.changedAt(), code.state() == ActivationCode.State.SPENT
                        ? "activation code used" : "activation code replaced by a newer one",
                        "system:identity", List.of("SYSTEM"), SERVICE));
            }
        }
        data.put("activations", activations);

        List<RecordedErasure> requests = erasures.of(personId);
        data.put("erasures", requests.stream().map(RecordedErasure::receipt).toList());
        requests.forEach(request -> changes.addAll(request.changes()));

        changes.sort(Comparator.comparing(PersonalRecord.Change::at));
        return new PersonalRecord(SERVICE, personId, clock.instant(), data, changes, accessLog.of(personId));
    }

    private static PersonalRecord.Change change(AccountChange change) {
        return new PersonalRecord.Change(change.at(), change.what(), change.byUserId(), change.byRoles(),
                change.byOrganisation());
    }
}
