package org.corridor.skills.trainee.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.corridor.kernel.mongo.UnorderedInsert;
import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.privacy.PersonalDataModule;
import org.corridor.kernel.privacy.PersonalDataSerializers;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.web.PageOf;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an enrolment import stands: one document per import in {@code enrolment-imports} (who uploaded it, its
 * counters, whether it has finished) and one per handled row in {@code enrolment-import-rows} (outcome, person id,
 * problems). No name, birth date or contact is kept: a refused row is named by its line. The activation code of an
 * enrolled row is kept sealed with the person's own key (the personal-data mechanism), so erasing the person
 * destroys it; it reads back only until it expires, and a newer code for the person removes it (ADR 0023).
 */
@Component
class EnrolmentImportStore implements EnrolmentImportRecords {

    static final String IMPORTS = "enrolment-imports";
    static final String ROWS = "enrolment-import-rows";

    enum Status { RECEIVED, RUNNING, FINISHED, FAILED, INTERRUPTED }

    enum Outcome { ENROLLED, ALREADY_ENROLLED, REFUSED }

    private final MongoTemplate mongo;
    private final ObjectMapper sealing;

    EnrolmentImportStore(MongoTemplate mongo, PersonalDataModule personalData) {
        this.mongo = mongo;
        this.sealing = PersonalDataSerializers.eventObjectMapper(personalData);
    }

    /** The code as stored: sealed with the key of the person it activates. */
    record SealedCode(@DataSubject String personId, @PersonalData String code) {
    }

    record Problem(String field, String reason) {
    }

    record Row(long line, Outcome outcome, String personId, List<Problem> problems) {
    }

    record Letter(long line, String personId, String activationCode, Instant expiresAt, String state) {
    }

    record Progress(String importId, String schemeId, String organisation, Status status, Instant receivedAt,
                    Instant updatedAt, Instant finishedAt, long rowsRead, long enrolled, long alreadyEnrolled,
                    long refused, long lastLine, String failure) {
    }

    void received(String importId, String schemeId, Caller caller, String correlationId, String spool, String host,
                  Instant now) {
        mongo.insert(new Document("_id", importId).append("schemeId", schemeId)
                .append("organisation", caller.organisation()).append("userId", caller.userId())
                .append("roles", caller.roles()).append("country", caller.country())
                .append("correlationId", correlationId).append("spool", spool).append("host", host)
                .append("status", Status.RECEIVED.name()).append("receivedAt", Date.from(now))
                .append("updatedAt", Date.from(now)).append("rowsRead", 0L).append("enrolled", 0L)
                .append("alreadyEnrolled", 0L).append("refused", 0L).append("lastLine", 1L), IMPORTS);
    }

    /** Claims an import for running when it is new, or when whoever ran it stopped updating it before {@code stale}. */
    Optional<Document> claim(String importId, Instant stale, Instant now) {
        Query query = new Query(Criteria.where("_id").is(importId).orOperator(
                Criteria.where("status").is(Status.RECEIVED.name()),
                Criteria.where("status").is(Status.RUNNING.name()).and("updatedAt").lt(Date.from(stale))));
        return Optional.ofNullable(mongo.findAndModify(query, new Update().set("status", Status.RUNNING.name())
                .set("updatedAt", Date.from(now)), FindAndModifyOptions.options().returnNew(true), Document.class,
                IMPORTS));
    }

    /** Imports received or running on {@code host} that nobody has updated since {@code stale}. */
    List<Document> abandoned(String host, Instant stale) {
        return mongo.find(new Query(Criteria.where("host").is(host).and("updatedAt").lt(Date.from(stale))
                .and("status").in(Status.RECEIVED.name(), Status.RUNNING.name())), Document.class, IMPORTS);
    }

    /** The outcome of a line, as it is to be stored; {@code code} and {@code expiresAt} only for an enrolled row. */
    record LineOutcome(long line, Outcome outcome, String personId, List<Problem> problems, String code,
                       Instant expiresAt) {
    }

    /**
     * Stores the outcomes of lines (those of a unit of work: one write); returns the positions in {@code lines} of
     * those stored before (a resumed import handling them again), which must not be counted again.
     */
    Set<Integer> record(String importId, List<LineOutcome> lines) {
        List<Document> rows = lines.stream().map(line -> {
            Document row = new Document("_id", importId + ":" + line.line()).append("importId", importId)
                    .append("line", line.line()).append("outcome", line.outcome().name())
                    .append("personId", line.personId())
                    .append("problems", line.problems().stream().map(p -> new Document("field", p.field())
                            .append("reason", p.reason())).toList());
            if (line.code() != null) {
                row.append("letter", seal(line.personId(), line.code()))
                        .append("expiresAt", Date.from(line.expiresAt()));
            }
            return row;
        }).toList();
        return UnorderedInsert.insertAll(mongo.getCollection(ROWS), rows);
    }

    /** Adds to the import's counters the lines stored since they were last written (see {@link Tally}). */
    void count(String importId, Tally tally, Instant now) {
        Update counters = new Update().set("updatedAt", Date.from(now)).max("lastLine", tally.lastLine)
                .inc("rowsRead", tally.rows).inc("enrolled", tally.enrolled)
                .inc("alreadyEnrolled", tally.alreadyEnrolled).inc("refused", tally.refused);
        mongo.updateFirst(new Query(Criteria.where("_id").is(importId)), counters, IMPORTS);
    }

    /** Counts of lines stored and not yet added to the import's counters. Not thread-safe: guard it. */
    static final class Tally {
        long rows;
        long enrolled;
        long alreadyEnrolled;
        long refused;
        long lastLine = 1;
        int lines;

        void add(long line, boolean isRow, Outcome outcome) {
            lines++;
            lastLine = Math.max(lastLine, line);
            if (isRow) {
                rows++;
                switch (outcome) {
                    case ENROLLED -> enrolled++;
                    case ALREADY_ENROLLED -> alreadyEnrolled++;
                    case REFUSED -> refused++;
                }
            }
        }

        boolean isEmpty() {
            return lines == 0;
        }
    }

    void finished(String importId, Status status, String failure, Instant now) {
        Update update = new Update().set("status", status.name()).set("updatedAt", Date.from(now))
                .set("finishedAt", Date.from(now)).unset("spool");
        if (failure != null) {
            update.set("failure", failure);
        }
        mongo.updateFirst(new Query(Criteria.where("_id").is(importId)), update, IMPORTS);
    }

    /** The counters again from the rows, for an import resumed after its runner stopped. */
    void recount(String importId) {
        Query ofImport = new Query(Criteria.where("importId").is(importId));
        long enrolled = count(importId, Outcome.ENROLLED);
        long already = count(importId, Outcome.ALREADY_ENROLLED);
        long refused = mongo.count(Query.query(Criteria.where("importId").is(importId)
                .and("outcome").is(Outcome.REFUSED.name()).and("line").gt(1)), ROWS);
        Document last = mongo.findOne(ofImport.with(Sort.by(Sort.Direction.DESC, "line")).limit(1), Document.class,
                ROWS);
        mongo.updateFirst(new Query(Criteria.where("_id").is(importId)), new Update()
                .set("enrolled", enrolled).set("alreadyEnrolled", already).set("refused", refused)
                .set("rowsRead", enrolled + already + refused)
                .set("lastLine", last == null ? 1L : ((Number) last.get("line")).longValue()), IMPORTS);
    }

    /** The lines of an import whose outcome is recorded. */
    Set<Long> handledLines(String importId) {
        Query query = Query.query(Criteria.where("importId").is(importId));
        query.fields().include("line");
        Set<Long> lines = new HashSet<>();
        mongo.find(query, Document.class, ROWS).forEach(d -> lines.add(number(d, "line")));
        return lines;
    }

    private long count(String importId, Outcome outcome) {
        return mongo.count(Query.query(Criteria.where("importId").is(importId).and("outcome").is(outcome.name())), ROWS);
    }

    Optional<Document> find(String importId) {
        return Optional.ofNullable(mongo.findById(importId, Document.class, IMPORTS));
    }

    static Progress progress(Document d) {
        return new Progress(d.getString("_id"), d.getString("schemeId"), d.getString("organisation"),
                Status.valueOf(d.getString("status")), instant(d, "receivedAt"), instant(d, "updatedAt"),
                instant(d, "finishedAt"), number(d, "rowsRead"), number(d, "enrolled"), number(d, "alreadyEnrolled"),
                number(d, "refused"), number(d, "lastLine"), d.getString("failure"));
    }

    PageOf<Row> rows(String importId, Outcome outcome, int page, int size) {
        Criteria which = Criteria.where("importId").is(importId).and("outcome").is(outcome.name());
        List<Row> items = mongo.find(Query.query(which).with(Sort.by("line")).skip((long) page * size).limit(size),
                Document.class, ROWS).stream().map(d -> new Row(number(d, "line"), outcome, d.getString("personId"),
                d.getList("problems", Document.class, List.of()).stream()
                        .map(p -> new Problem(p.getString("field"), p.getString("reason"))).toList())).toList();
        return new PageOf<>(items, page, size, mongo.count(Query.query(which), ROWS));
    }

    /** The enrolled rows with their codes, opened with each person's key; an expired or erased code reads as null. */
    PageOf<Letter> letters(String importId, int page, int size, Instant now) {
        Criteria which = Criteria.where("importId").is(importId).and("outcome").is(Outcome.ENROLLED.name());
        List<Letter> items = mongo.find(Query.query(which).with(Sort.by("line")).skip((long) page * size).limit(size),
                Document.class, ROWS).stream().map(d -> letter(d, now)).toList();
        return new PageOf<>(items, page, size, mongo.count(Query.query(which), ROWS));
    }

    @Override
    public List<Map<String, Object>> ofPerson(String personId) {
        Instant now = Instant.now();
        return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("importId", "line")),
                Document.class, ROWS).stream().map(d -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("importId", d.getString("importId"));
            row.put("schemeId", find(d.getString("importId")).map(i -> i.getString("schemeId")).orElse(null));
            row.put("line", number(d, "line"));
            row.put("outcome", d.getString("outcome"));
            if (Outcome.ENROLLED.name().equals(d.getString("outcome"))) {
                Letter letter = letter(d, now);
                row.put("activationCode", letter.state());
                row.put("activationCodeExpiresAt", letter.expiresAt());
            }
            return row;
        }).toList();
    }

    /** A newer code for the person makes the one kept for their import worthless: it is removed. */
    void forgetLetters(String personId) {
        mongo.updateMulti(Query.query(Criteria.where("personId").is(personId).and("letter").exists(true)),
                new Update().unset("letter").set("replacedAt", new Date()), ROWS);
    }

    /**
     * Erasure: the person's kept activation codes are removed (they were sealed with the key being destroyed), and
     * every refusal in the scheme's imports whose reason quotes one of {@code values} (a value of the person typed
     * into the wrong column) loses that reason. Returns the spool files of the scheme's imports still running.
     */
    List<String> forget(String personId, String schemeId, List<String> values, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("personId").is(personId).and("letter").exists(true)),
                new Update().unset("letter").set("erasedAt", Date.from(now)), ROWS);
        Query ofScheme = Query.query(Criteria.where("schemeId").is(schemeId));
        ofScheme.fields().include("_id").include("spool");
        List<String> spools = new java.util.ArrayList<>();
        for (Document anImport : mongo.find(ofScheme, Document.class, IMPORTS)) {
            if (anImport.getString("spool") != null) {
                spools.add(anImport.getString("spool"));
            }
            for (Document row : mongo.find(Query.query(Criteria.where("importId").is(anImport.getString("_id"))
                    .and("outcome").is(Outcome.REFUSED.name())), Document.class, ROWS)) {
                List<Document> problems = row.getList("problems", Document.class, List.of());
                List<Document> cleared = problems.stream().map(p -> quotes(p.getString("reason"), values)
                        ? new Document("field", p.getString("field")).append("reason", QUOTED_VALUE_REMOVED) : p)
                        .toList();
                if (!cleared.equals(problems)) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(row.get("_id"))),
                            new Update().set("problems", cleared), ROWS);
                }
            }
        }
        return spools;
    }

    static final String QUOTED_VALUE_REMOVED = "the value on this line was removed because it named a person who "
            + "was erased at their request; correct the line from your own file and upload it again";

    static boolean quotes(String text, List<String> values) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return values.stream().anyMatch(v -> lower.contains(v.toLowerCase(java.util.Locale.ROOT)));
    }

    private Letter letter(Document d, Instant now) {
        String personId = d.getString("personId");
        Instant expiresAt = instant(d, "expiresAt");
        String sealed = d.getString("letter");
        if (d.get("erasedAt") != null) {
            return new Letter(number(d, "line"), personId, null, expiresAt, "ERASED");
        }
        if (sealed == null) {
            return new Letter(number(d, "line"), personId, null, expiresAt, "REPLACED");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return new Letter(number(d, "line"), personId, null, expiresAt, "EXPIRED");
        }
        String code = open(sealed).code();
        return new Letter(number(d, "line"), personId, code, expiresAt, code == null ? "ERASED" : "VALID");
    }

    private String seal(String personId, String code) {
        try {
            return sealing.writeValueAsString(new SealedCode(personId, code));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not seal an activation code", e);
        }
    }

    private SealedCode open(String sealed) {
        try {
            return sealing.readValue(sealed, SealedCode.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored activation code is not readable", e);
        }
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
