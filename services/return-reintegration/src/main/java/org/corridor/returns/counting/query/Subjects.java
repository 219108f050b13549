package org.corridor.returns.counting.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary documents one kind of thing is counted in: all of them ({@code returns}), per scheme
 * ({@code returns/scheme:<id>}) and per corridor from origin to destination ({@code returns/corridor:PH-DE}, or
 * {@code PH-unknown} where the destination was not given).
 *
 * @param all the name of the summary of all of them, the prefix of the others
 */
public record Subjects(String all) {

    /** Every summary a thing of this scheme (or none) and corridor is counted in. */
    public List<String> of(String schemeId, String origin, String destination) {
        List<String> subjects = new ArrayList<>();
        subjects.add(all);
        if (schemeId != null) {
            subjects.add(all + "/scheme:" + schemeId);
        }
        subjects.add(all + "/corridor:" + origin + "-" + (destination == null ? "unknown" : destination));
        return subjects;
    }

    /** The summary a monitor asks for: one scheme, else one corridor ({@code PH-DE}), else all. */
    public String asked(String schemeId, String corridor) {
        return schemeId != null ? all + "/scheme:" + schemeId : corridor != null ? all + "/corridor:" + corridor : all;
    }

    /** What a summary counts, as its answer names it: {@code scheme:<id>}, {@code corridor:PH-DE}, or empty. */
    public String named(String subject) {
        return subject.substring(all.length()).replaceFirst("^/", "");
    }
}
