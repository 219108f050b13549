package org.corridor.identity.erasure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.identity.account.command.OneTimeCode;
import org.corridor.identity.account.command.Roles;
import org.corridor.identity.activation.store.ActivationCodes;
import org.corridor.identity.erasure.api.Answer;
import org.corridor.identity.erasure.api.RecordAnswer;
import org.corridor.identity.erasure.api.RequestErasure;
import org.corridor.identity.erasure.api.Requester;
import org.corridor.identity.erasure.query.ErasureReceipts;
import org.corridor.identity.erasure.query.Receipt;
import org.corridor.identity.erasure.query.RecordedErasure;
import org.corridor.identity.erasure.store.ErasurePeople;
import org.corridor.identity.throttle.Refusals;
import org.corridor.identity.throttle.Throttle;
import org.corridor.identity.throttle.command.Verdict;
import org.corridor.identity.web.Refused;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.security.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's one command to forget a person, and the person's receipt. A worker asks for themselves; an origin
 * agency asks for a person of its country (one who never activated an account, or cannot sign in). Identity forgets
 * its own part at once; every other service acts on identity.erasure-requested.v1 and answers, and each answer is
 * a line of the receipt. One request is open per person at a time; once it is complete the person may ask again.
 */
@Service
@EnableConfigurationProperties(ErasureProperties.class)
public class Erasures {

    public static final String IDENTITY = "identity";
    /** A request named open but not stored after this long was lost between its two steps (commands time out sooner). */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final CommandGateway commands;
    private final ErasurePeople people;
    private final ErasureReceipts receipts;
    private final OwnErasure own;
    private final ActivationCodes codes;
    private final Throttle throttle;
    private final AccessLog accessLog;
    private final ErasureProperties properties;
    private final Clock clock;

    Erasures(CommandGateway commands, ErasurePeople people, ErasureReceipts receipts, OwnErasure own,
             ActivationCodes codes, Throttle throttle, AccessLog accessLog, ErasureProperties properties, Clock clock) {
        this.commands = commands;
        this.people = people;
        this.receipts = receipts;
        this.own = own;
        this.codes = codes;
        this.throttle = throttle;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What the requester is told: a new request ({@code created}, with its receipt code, shown this once), or the
     * person's request that is still open (no code: it was shown when that one was made).
     */
    public record Asked(boolean created, String receiptCode, Receipt receipt) {
    }

    public Asked request(Caller caller, String askedFor) {
        String personId;
        Requester requester;
        String country;
        if (caller.hasRole(Roles.WORKER)) {
            personId = caller.personId();
            if (personId == null || personId.isBlank()) {
                throw Refused.forbidden("Your sign-in names no person (claim person), so there is nobody to forget. "
                        + "Sign in with the account you activated with your enrolment code.");
            }
            if (askedFor != null && !askedFor.isBlank() && !askedFor.trim().equals(personId)) {
                throw Refused.forbidden("You can ask to be forgotten only for yourself: leave personId out, or give "
                        + "your own.");
            }
            requester = Requester.PERSON;
            country = knownCountry(personId).orElse(null);
        } else if (caller.hasRole(Roles.ORIGIN_AGENCY)) {
            if (askedFor == null || askedFor.isBlank()) {
                throw Refused.invalid("personId", "Name the person to forget: their person id from the enrolment "
                        + "record.");
            }
            personId = askedFor.trim();
            Optional<String> known = knownCountry(personId);
            if (caller.country() == null || known.isEmpty() || !known.get().equals(caller.country())) {
                throw Refused.notFound("No person " + personId + " enrolled in your country is known here. Check the "
                        + "person id on the enrolment record; a person of another country is asked for by an "
                        + "origin agency of that country.");
            }
            requester = Requester.ORIGIN_AGENCY;
            country = known.get();
        } else {
            throw Refused.forbidden("An erasure is asked for by the person themselves, or by an origin agency of "
                    + "their country for them.");
        }

        String erasureId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Optional<ErasurePeople.ErasurePerson> open = people.open(personId, erasureId, country, now);
        if (open.isPresent()) {
            String openId = open.get().open();
            Optional<RecordedErasure> existing = receipts.find(openId);
            boolean beingMade = existing.isEmpty() && open.get().openedAt() != null
                    && open.get().openedAt().plus(STALE_AFTER).isAfter(now);
            if (beingMade) {
                throw inProgress();
            }
            if (existing.isPresent() && !existing.get().receipt().complete()) {
                Receipt receipt = existing.get().receipt();
                Receipt.Line ownLine = receipt.line(IDENTITY);
                if (ownLine != null && Receipt.PENDING.equals(ownLine.outcome())) {
                    answered(receipt.erasureId(), personId, IDENTITY, own.erase(personId));
                    receipt = receipts.find(receipt.erasureId()).orElseThrow().receipt();
                }
                return new Asked(false, null, receipt);
            }
            // Complete, or never stored (a crash between the two steps): it no longer holds the person's place.
            if (!people.replace(personId, openId, erasureId, now)) {
                throw inProgress();
            }
        }
        String code = OneTimeCode.generate();
        commands.sendAndWait(new RequestErasure(erasureId, personId, now, requester, country,
                OneTimeCode.digest(code), properties.services()));
        answered(erasureId, personId, IDENTITY, own.erase(personId));
        return new Asked(true, code, receipts.find(erasureId).orElseThrow().receipt());
    }

    private static Refused inProgress() {
        return Refused.conflict("erasure-in-progress", "Another request to forget this person is being made at this "
                + "moment; ask again in a minute to see it.");
    }

    /** Records a service's answer; the person may ask again once it completes the request. */
    public void answered(String erasureId, String personId, String service, Answer answer) {
        Boolean complete = commands.sendAndWait(new RecordAnswer(erasureId, personId, service, answer));
        if (Boolean.TRUE.equals(complete)) {
            people.close(personId, erasureId);
        }
    }

    /**
     * The receipt, for whoever has its code (the person, whose account is gone). Wrong codes count as wrong attempts
     * from the address, like activation codes.
     */
    public Receipt receiptWithCode(String erasureId, String code, String address) {
        Throttle.Key key = Throttle.Key.address(address);
        throttle.requireAdmitted(key);
        Optional<RecordedErasure> found = receipts.find(erasureId);
        boolean right = found.isPresent() && found.get().receiptCodeDigest() != null
                && MessageDigest.isEqual(found.get().receiptCodeDigest().getBytes(StandardCharsets.US_ASCII),
                OneTimeCode.digest(code).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            Verdict verdict = throttle.fail(key);
            if (!verdict.allowed() && verdict.locked()) {
                throw Refusals.refusal(key, verdict);
            }
            throw new Refused(HttpStatus.NOT_FOUND, "not-found", "Not found", "No erasure receipt " + erasureId
                    + " has this code. Check the receipt id (the end of the Location you were given) and the "
                    + "receipt code, as shown when you asked to be forgotten.", "Receipt-Code", null);
        }
        return found.get().receipt();
    }

    /** The receipt, for a signed-in reader: the person themselves, or an origin agency of the person's country. */
    public Receipt receiptFor(Caller caller, String erasureId) {
        if (!caller.hasRole(Roles.ORIGIN_AGENCY) && !caller.hasRole(Roles.WORKER)) {
            throw Refused.forbidden("An erasure receipt is read by the person who asked, with its receipt code, or "
                    + "by an origin agency of the person's country.");
        }
        RecordedErasure found = receipts.find(erasureId).filter(erasure -> mayRead(caller, erasure))
                .orElseThrow(() -> Refused.notFound("No erasure receipt " + erasureId + " that you may read. Check "
                        + "the id; an origin agency reads the receipts of people of its own country, a person "
                        + "reads their own, with their receipt code if they no longer have an account."));
        accessLog.record(found.receipt().personId(), caller, "erasure receipt");
        return found.receipt();
    }

    /** The person's requests, oldest first, with what happened to each (for their right of access). */
    public List<RecordedErasure> of(String personId) {
        return people.find(personId).map(ErasurePeople.ErasurePerson::requests).orElse(List.of()).stream()
                .map(receipts::find).flatMap(Optional::stream).toList();
    }

    private static boolean mayRead(Caller caller, RecordedErasure erasure) {
        if (caller.hasRole(Roles.WORKER) && erasure.receipt().personId().equals(caller.personId())) {
            return true;
        }
        return caller.hasRole(Roles.ORIGIN_AGENCY) && caller.country() != null
                && caller.country().equals(erasure.originCountry());
    }

    /** Where the person comes from: their newest activation code says, or, once identity forgot it, their last request. */
    private Optional<String> knownCountry(String personId) {
        return codes.originCountryOf(personId)
                .or(() -> people.find(personId).map(ErasurePeople.ErasurePerson::originCountry));
    }
}
