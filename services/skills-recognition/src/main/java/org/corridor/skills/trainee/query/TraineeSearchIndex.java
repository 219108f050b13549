package org.corridor.skills.trainee.query;

import org.corridor.skills.trainee.query.TraineeQueries.TraineeSearch;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;

/**
 * What a trainee search filters and sorts on, held in memory for each trainee of the read model: which trainees
 * match a search and in which order is answered here; the page itself is read from {@code trainees} by id.
 * Answers as the query on {@code trainees} does (the same filters, the same orders and tie-break), so the two are
 * interchangeable (ADR 0025). Loaded from the read model before the projection starts and kept current by it;
 * it holds no more than the read model (the name, for the name filter; blank once a person is erased).
 */
final class TraineeSearchIndex {

    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        // MongoDB orders strings by their UTF-8 bytes, which is code point order (not Java's UTF-16 order)
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
    private static final Comparator<Entry> BY_ENROLMENT = Comparator.comparing(Entry::enrolledAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Entry::personId);
    private static final Comparator<Entry> BY_LATEST_ENROLMENT = Comparator.comparing(Entry::enrolledAt,
            Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(Entry::personId);
    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::fullName,
            Comparator.nullsFirst(CODE_POINT_ORDER)).thenComparing(Entry::personId);

    private final Map<String, Entry> byPerson = new ConcurrentHashMap<>();
    private final NavigableSet<Entry> inEnrolmentOrder = new ConcurrentSkipListSet<>(BY_ENROLMENT);
    private final NavigableSet<Entry> inLatestEnrolmentOrder = new ConcurrentSkipListSet<>(BY_LATEST_ENROLMENT);
    private final NavigableSet<Entry> inNameOrder = new ConcurrentSkipListSet<>(BY_NAME);
    private final List<NavigableSet<Entry>> orders = List.of(inEnrolmentOrder, inLatestEnrolmentOrder, inNameOrder);

    /** Reads every trainee of the read model (only the fields searched on), once, at start. */
    static TraineeSearchIndex loadedFrom(MongoTemplate mongo) {
        TraineeSearchIndex index = new TraineeSearchIndex();
        // in batches: the wire server answers a query without a batch size in one reply, refused above 48 MB
        Query fields = new Query().cursorBatchSize(1000);
        fields.fields().include("schemeId", "enrollingOrganisation", "trainingProvider", "track", "iscoCode",
                "status", "fullName", "enrolledAt");
        try (var trainees = mongo.stream(fields, TraineeView.class)) {
            trainees.forEach(index::put);
        }
        return index;
    }

    int size() {
        return byPerson.size();
    }

    /** Takes in a trainee as the read model now holds them. */
    synchronized void put(TraineeView view) {
        // the read model keeps instants to the millisecond: sorted as it sorts, equal instants tie as they do there
        Entry entry = new Entry(view.personId(), view.enrollingOrganisation(), view.trainingProvider(),
                view.schemeId(), view.status(), view.track(), view.iscoCode(), view.fullName(),
                view.fullName() == null ? null : fold(view.fullName()),
                view.enrolledAt() == null ? null : view.enrolledAt().truncatedTo(ChronoUnit.MILLIS));
        Entry before = byPerson.put(entry.personId(), entry);
        for (NavigableSet<Entry> order : orders) {
            if (before != null) {
                order.remove(before);
            }
            order.add(entry);
        }
    }

    synchronized void clear() {
        byPerson.clear();
        orders.forEach(NavigableSet::clear);
    }

    /** The person ids of one page of the search, in the order asked for. */
    List<String> page(TraineeSearch search, int page, int size) {
        Iterator<Entry> ordered = switch (search.sort() == null ? "enrolledAt" : search.sort()) {
            case "name" -> inNameOrder.iterator();
            case "-enrolledAt" -> inLatestEnrolmentOrder.iterator();
            default -> inEnrolmentOrder.iterator();
        };
        Predicate<Entry> matches = matching(search);
        long skip = (long) page * size;
        List<String> ids = new ArrayList<>(size);
        while (ordered.hasNext() && ids.size() < size) {
            Entry entry = ordered.next();
            if (matches.test(entry) && skip-- <= 0) {
                ids.add(entry.personId());
            }
        }
        return ids;
    }

    long count(TraineeSearch search) {
        return byPerson.values().stream().filter(matching(search)).count();
    }

    private static Predicate<Entry> matching(TraineeSearch s) {
        String name = s.name() == null || s.name().isBlank() ? null : fold(s.name().strip());
        return e -> equalOrAny(s.enrollingOrganisation(), e.enrollingOrganisation())
                && equalOrAny(s.trainingProvider(), e.trainingProvider())
                && equalOrAny(s.schemeId(), e.schemeId())
                && equalOrAny(s.status(), e.status())
                && equalOrAny(s.track(), e.track())
                && equalOrAny(s.iscoCode(), e.iscoCode())
                && (name == null || e.nameFolded() != null && e.nameFolded().contains(name));
    }

    private static boolean equalOrAny(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private record Entry(String personId, String enrollingOrganisation, String trainingProvider, String schemeId,
                         String status, String track, String iscoCode, String fullName, String nameFolded,
                         Instant enrolledAt) {
    }
}
