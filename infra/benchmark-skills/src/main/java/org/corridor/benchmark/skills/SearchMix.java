package org.corridor.benchmark.skills;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The trainee searches an agency clerk makes, in a realistic mix: a scheme's list page by page, narrowed by status,
 * track or occupation, a name fragment, sorted by name or by enrolment, and combinations of those.
 */
final class SearchMix {

    private static final String[] STATUSES = {"ENROLLED", "WITHDRAWN", "PLACED"};
    private static final String[] TRACKS = {"AWAY", "HOME"};
    private static final String[] SORTS = {"enrolledAt", "-enrolledAt", "name"};

    private final String schemeId;
    private final List<String> fragments;
    private final Random random;

    SearchMix(String schemeId, List<String> fragments, long seed) {
        this.schemeId = schemeId;
        this.fragments = fragments;
        this.random = new Random(seed);
    }

    /** The query string of the next search (without {@code ?}), and its kind for the report. */
    Query next() {
        int kind = random.nextInt(100);
        StringBuilder q = new StringBuilder("schemeId=").append(schemeId);
        String label;
        if (kind < 25) {
            label = "scheme, pages";
            q.append("&page=").append(random.nextInt(20));
        } else if (kind < 40) {
            label = "scheme + status";
            q.append("&status=").append(STATUSES[random.nextInt(STATUSES.length)]);
        } else if (kind < 55) {
            label = "scheme + track";
            q.append("&track=").append(TRACKS[random.nextInt(TRACKS.length)]).append("&page=").append(random.nextInt(5));
        } else if (kind < 70) {
            label = "scheme + occupation";
            q.append("&iscoCode=").append(EnrolmentFile.OCCUPATIONS.get(random.nextInt(EnrolmentFile.OCCUPATIONS.size())));
        } else if (kind < 90) {
            label = "scheme + name";
            q.append("&name=").append(URLEncoder.encode(fragments.get(random.nextInt(fragments.size())),
                    StandardCharsets.UTF_8));
        } else {
            label = "track + occupation + status, by name";
            q.append("&track=").append(TRACKS[random.nextInt(TRACKS.length)]).append("&iscoCode=")
                    .append(EnrolmentFile.OCCUPATIONS.get(random.nextInt(EnrolmentFile.OCCUPATIONS.size())))
                    .append("&status=ENROLLED");
        }
        q.append("&sort=").append(SORTS[random.nextInt(SORTS.length)]).append("&size=20");
        return new Query(label, q.toString());
    }

    record Query(String kind, String queryString) {
    }
}
