package org.corridor.skills.trainee.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.InvalidValueException;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.EnrolTrainees;
import org.corridor.skills.trainee.api.Gender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import jakarta.annotation.PreDestroy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongPredicate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Enrols the rows of an agency's CSV file, one row at a time as it streams in (no whole file in memory): a header
 * row, UTF-8 with or without BOM, {@code ,} or {@code ;} (guessed from the header), quoted fields, names in any
 * script. Each row is checked for shape like a single enrolment; the rows that pass are enrolled
 * {@code corridor.skills.imports.rows-per-unit} at a time (default 64) in one unit of work ({@link EnrolTrainees}:
 * one lock of the scheme and one commit for all of them), each refused or enrolled on its own (nothing of a refused
 * row is written). A row whose person is already enrolled is reported as such, so uploading the same file twice
 * enrols nobody twice.
 */
@Component
class BulkEnrolment {

    private static final Logger log = LoggerFactory.getLogger(BulkEnrolment.class);
    static final List<String> COLUMNS = List.of("fullName", "birthDate", "phone", "email", "gender", "languages",
            "track", "intakeYear", "iscoCode", "trainingProvider", "consent");
    private static final List<String> REQUIRED = List.of("fullName", "birthDate", "track", "consent");

    private final CommandGateway commands;
    private final Validator validator;
    private final ActivationCodes activationCodes;
    private final int rowsInFlight;
    private final int rowsPerUnit;
    private final ExecutorService rowWorkers;

    BulkEnrolment(CommandGateway commands, Validator validator, ActivationCodes activationCodes,
                  @Value("${corridor.skills.imports.rows-in-flight:128}") int rowsInFlight,
                  @Value("${corridor.skills.imports.rows-per-unit:64}") int rowsPerUnit) {
        if (rowsInFlight < 1) {
            throw new IllegalArgumentException("corridor.skills.imports.rows-in-flight must be at least 1");
        }
        if (rowsPerUnit < 1) {
            throw new IllegalArgumentException("corridor.skills.imports.rows-per-unit must be at least 1");
        }
        this.commands = commands;
        this.validator = validator;
        this.activationCodes = activationCodes;
        this.rowsInFlight = rowsInFlight;
        this.rowsPerUnit = rowsPerUnit;
        this.rowWorkers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "enrolment-row");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        rowWorkers.shutdownNow();
    }

    record RowError(long line, String field, String reason) {
    }

    /** A row enrolled: the person id, and the code that activates their login, shown in this response only. */
    record RowEnrolled(long line, String personId, String activationCode, Instant activationExpiresAt) {
    }

    /** What became of the file: the person id of each enrolled row, the lines already enrolled, each refusal. */
    record Report(int rows, int enrolled, int alreadyEnrolled, List<RowEnrolled> enrolledRows,
                  List<Long> alreadyEnrolledLines, List<RowError> errors) {
    }

    /** What became of a line of the file. */
    sealed interface Handled {
        long line();

        /** Whether the line is a row of the file (all but the header's and the file's own problems). */
        default boolean row() {
            return true;
        }
    }

    record Enrolled(long line, String personId, ActivationCodes.Issued activation) implements Handled {
    }

    record AlreadyEnrolled(long line, String personId) implements Handled {
    }

    /** A refused row (or, on line 1, the header; {@code row} false for problems of the file, not of a row). */
    record Refused(long line, boolean row, List<RowError> problems) implements Handled {
    }

    /** Where the outcomes go: those of a unit of work's rows together, as soon as the unit is handled. */
    interface Outcomes {
        void handled(List<Handled> lines);
    }

    /**
     * Enrols the whole file and answers with everything at once (the synchronous upload, for small files): one row
     * after the other, so of a person listed twice the first line is enrolled and the second reported.
     */
    Report enrol(SchemeId schemeId, InputStream body, Acting acting) {
        List<RowEnrolled> enrolled = Collections.synchronizedList(new ArrayList<>());
        List<Long> already = Collections.synchronizedList(new ArrayList<>());
        List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
        Outcomes report = lines -> lines.forEach(handled -> {
            if (handled instanceof Enrolled row) {
                enrolled.add(new RowEnrolled(row.line(), row.personId(), row.activation().code().code(),
                        row.activation().expiresAt()));
            } else if (handled instanceof AlreadyEnrolled row) {
                already.add(row.line());
            } else if (handled instanceof Refused row) {
                errors.addAll(row.problems());
            }
        });
        int rows = enrol(schemeId, body, acting, null, line -> false, 1, rowsPerUnit, report);
        enrolled.sort(Comparator.comparingLong(RowEnrolled::line));
        already.sort(Comparator.naturalOrder());
        errors.sort(Comparator.comparingLong(RowError::line));
        return new Report(rows, enrolled.size(), already.size(), List.copyOf(enrolled), List.copyOf(already),
                List.copyOf(errors));
    }

    /**
     * Enrols the rows whose lines were not {@code handledBefore}, up to {@code corridor.skills.imports.rows-in-flight}
     * of them at a time (default 128: two units of work of 64 rows; the identity index keeps a person in the file
     * twice from being enrolled twice), handing each outcome to {@code outcomes} as soon as its unit is handled;
     * returns the number of rows read. {@code audit} is the metadata of the clerk's request when the work runs
     * outside it (null inside it: the request supplies it).
     */
    int enrol(SchemeId schemeId, InputStream body, Acting acting, MetaData audit, LongPredicate handledBefore,
              Outcomes outcomes) {
        return enrol(schemeId, body, acting, audit, handledBefore, Math.max(1, rowsInFlight / rowsPerUnit),
                rowsPerUnit, outcomes);
    }

    /** A line of the file and its fields. */
    private record Row(long line, CSVRecord record) {
    }

    /**
     * Reads the file and hands its rows, {@code perUnit} at a time, to the workers, {@code inFlight} groups at a time;
     * each group is one unit of work (see {@link #enrolRows}).
     */
    private int enrol(SchemeId schemeId, InputStream body, Acting acting, MetaData audit, LongPredicate handledBefore,
                      int inFlight, int perUnit, Outcomes outcomes) {
        int rows = 0;
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        try (Reader reader = reader(body)) {
            BufferedReader buffered = new BufferedReader(reader);
            buffered.mark(64 * 1024);
            String header = buffered.readLine();
            if (header == null) {
                outcomes.handled(List.of(new Refused(1, false, List.of(new RowError(1, "header",
                        "the file is empty; the first row names the columns: " + COLUMNS)))));
                return 0;
            }
            char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
            buffered.reset();
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).build().parse(buffered);
            Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            columns.putAll(parser.getHeaderMap());
            List<RowError> missing = new ArrayList<>();
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    missing.add(new RowError(1, required, "the header has no column " + required + "; the columns are "
                            + COLUMNS + " (" + REQUIRED + " required)"));
                }
            }
            if (!missing.isEmpty()) {
                outcomes.handled(List.of(new Refused(1, false, missing)));
                return 0;
            }
            long lastLine = 1;
            List<Row> unit = new ArrayList<>(perUnit);
            try {
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    lastLine = line;
                    if (handledBefore.test(line)) {
                        continue;
                    }
                    if (failed.get() != null) {
                        break;
                    }
                    rows++;
                    unit.add(new Row(line, record));
                    if (unit.size() == perUnit) {
                        hand(List.copyOf(unit), slots, failed, schemeId, columns, acting, audit, outcomes);
                        unit.clear();
                    }
                    if (rows % 1000 == 0) {
                        log.info("Bulk enrolment in scheme {}: {} rows read up to line {}", schemeId, rows, line);
                    }
                }
            } catch (UncheckedIOException | IllegalStateException malformed) {
                long line = lastLine + 1;
                outcomes.handled(List.of(new Refused(line, false, List.of(new RowError(line, "file",
                        "the file stops being CSV here (" + malformed.getMessage() + "); rows before this line were "
                                + "handled")))));
            } finally {
                if (!unit.isEmpty() && failed.get() == null) {
                    hand(List.copyOf(unit), slots, failed, schemeId, columns, acting, audit, outcomes);
                }
                slots.acquireUninterruptibly(inFlight);
                slots.release(inFlight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return rows;
    }

    /** Waits for a free slot, then enrols the rows on a worker, which gives the slot back when they are handled. */
    private void hand(List<Row> rows, Semaphore slots, AtomicReference<RuntimeException> failed, SchemeId schemeId,
                      Map<String, Integer> columns, Acting acting, MetaData audit, Outcomes outcomes) {
        acquire(slots);
        rowWorkers.execute(() -> {
            try {
                enrolRows(schemeId, rows, columns, acting, audit, outcomes);
            } catch (RuntimeException unexpected) {
                failed.compareAndSet(null, unexpected);
            } finally {
                slots.release();
            }
        });
    }

    private static void acquire(Semaphore slots) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
    }

    /** The service is stopping while a file is enrolled; the rows handled so far are recorded. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("the enrolment was interrupted as the service stops; the rows handled so far are recorded");
        }
    }

    /** A row checked for shape and turned into its enrolment, with the code that goes back to the clerk. */
    private record Prepared(long line, EnrolTrainee command, ActivationCodes.Issued activation) {
    }

    /**
     * Checks each row for shape, then enrols the rows that pass in one unit of work ({@link EnrolTrainees}), in
     * line order, and reports the outcomes of all the rows together.
     */
    private void enrolRows(SchemeId schemeId, List<Row> rows, Map<String, Integer> columns, Acting acting,
                           MetaData audit, Outcomes outcomes) {
        List<Handled> handled = new ArrayList<>(rows.size());
        List<Prepared> prepared = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Prepared one = prepare(schemeId, row.record(), columns, row.line(), acting, handled);
            if (one != null) {
                prepared.add(one);
            }
        }
        if (!prepared.isEmpty()) {
            enrol(schemeId, prepared, audit, handled);
        }
        handled.sort(Comparator.comparingLong(Handled::line));
        outcomes.handled(handled);
    }

    private void enrol(SchemeId schemeId, List<Prepared> prepared, MetaData audit, List<Handled> handled) {
        EnrolTrainees batch = new EnrolTrainees(schemeId, prepared.stream().map(Prepared::command).toList());
        List<EnrolTrainees.Outcome> results;
        try {
            results = commands.sendAndWait(audit == null ? batch
                    : GenericCommandMessage.asCommandMessage(batch).andMetaData(audit));
        } catch (RuntimeException failed) {
            for (Prepared one : prepared) {
                handled.add(refused(schemeId, one.line(), failed));
            }
            return;
        }
        for (int i = 0; i < prepared.size(); i++) {
            Prepared one = prepared.get(i);
            RuntimeException refusal = results.get(i).refusal();
            handled.add(refusal == null ? new Enrolled(one.line(), one.command().personId().value(), one.activation())
                    : refused(schemeId, one.line(), refusal));
        }
    }

    /** The row as an enrolment, or null when it was refused for its shape (added to {@code handled}). */
    private Prepared prepare(SchemeId schemeId, CSVRecord record, Map<String, Integer> columns, long line,
                             Acting acting, List<Handled> handled) {
        Function<String, String> field = name -> {
            Integer index = columns.get(name);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value == null || value.isBlank() ? null : value;
        };
        EnrolTraineeRequest request;
        try {
            request = new EnrolTraineeRequest(schemeId, field.apply("fullName"), date(field.apply("birthDate")),
                    field.apply("phone"), field.apply("email"), parse("gender", field.apply("gender"), Gender::valueOf),
                    languages(field.apply("languages")), parse("track", field.apply("track"), Track::valueOf),
                    parse("intakeYear", field.apply("intakeYear"), Integer::valueOf),
                    parse("iscoCode", field.apply("iscoCode"), OccupationCode::of), field.apply("trainingProvider"),
                    consent(field.apply("consent")));
        } catch (FieldProblem problem) {
            handled.add(new Refused(line, true, List.of(new RowError(line, problem.field, problem.getMessage()))));
            return null;
        }
        Set<ConstraintViolation<EnrolTraineeRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            handled.add(new Refused(line, true, violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new RowError(line, v.getPropertyPath().toString(), v.getMessage())).toList()));
            return null;
        }
        ActivationCodes.Issued activation = activationCodes.issue();
        try {
            return new Prepared(line, TraineeController.command(request, PersonId.generate(), acting, Instant.now(),
                    activation.activation()), activation);
        } catch (RuntimeException refused) {
            handled.add(refused(schemeId, line, refused));
            return null;
        }
    }

    /**
     * What became of a row that was not enrolled: already enrolled, or refused with the rule's field and words; a
     * failure that is no refusal is thrown (the import stops).
     */
    private static Handled refused(SchemeId schemeId, long line, RuntimeException refused) {
        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof RuleViolation) && !(cause instanceof NotPermitted)
                && !(cause instanceof AggregateNotFoundException)) {
            cause = cause.getCause();
        }
        if (cause instanceof RuleViolation violation && "one-enrolment-per-person".equals(violation.rule())) {
            return new AlreadyEnrolled(line, violation.getMessage().replaceAll(".* as person (\\S+);.*", "$1"));
        } else if (cause instanceof RuleViolation violation) {
            return new Refused(line, true, List.of(new RowError(line, violation.field(), violation.getMessage())));
        } else if (cause instanceof NotPermitted notPermitted) {
            return new Refused(line, true, List.of(new RowError(line, "schemeId", notPermitted.getMessage())));
        } else if (cause instanceof AggregateNotFoundException) {
            return new Refused(line, true, List.of(new RowError(line, "schemeId", "there is no scheme " + schemeId
                    + "; upload the file to the address of a scheme listed by GET /schemes")));
        }
        throw refused;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new FieldProblem("birthDate", "must be a date as YYYY-MM-DD, such as 1998-04-17");
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            boolean named = name.equals("gender") || name.equals("track");
            return parser.apply(named ? value.toUpperCase(Locale.ROOT) : value);
        } catch (InvalidValueException e) {
            throw new FieldProblem(name, "must be " + e.expected());
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(name, "has the wrong value '" + value + "'");
        }
    }

    /** {@code de:B1 en:B2} (spaces or {@code |} between languages). */
    private static List<EnrolTraineeRequest.Language> languages(String value) {
        if (value == null) {
            return List.of();
        }
        List<EnrolTraineeRequest.Language> languages = new ArrayList<>();
        for (String item : value.split("[\\s|]+")) {
            String[] parts = item.split(":");
            if (parts.length != 2) {
                throw new FieldProblem("languages", "must list languages as code:level, such as 'de:B1 en:B2'");
            }
            try {
                languages.add(new EnrolTraineeRequest.Language(parts[0].toLowerCase(Locale.ROOT), CefrLevel.of(parts[1])));
            } catch (InvalidValueException e) {
                throw new FieldProblem("languages", "must give each language a CEFR level (A1 to C2): '" + item + "'");
            }
        }
        return languages;
    }

    /** {@code TRAINING RECOGNITION PLACEMENT} (spaces or {@code |} between purposes). */
    private static Set<ConsentPurpose> consent(String value) {
        if (value == null) {
            return null;
        }
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        for (String item : value.split("[\\s|]+")) {
            try {
                purposes.add(ConsentPurpose.valueOf(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("consent", "must list purposes from " + Arrays.toString(ConsentPurpose.values())
                        + ": '" + item + "'");
            }
        }
        return purposes;
    }

    private static Reader reader(InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 3);
        byte[] bom = new byte[3];
        int read = in.readNBytes(bom, 0, 3);
        boolean hasBom = read == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!hasBom && read > 0) {
            in.unread(bom, 0, read);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static final class FieldProblem extends RuntimeException {
        private final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
