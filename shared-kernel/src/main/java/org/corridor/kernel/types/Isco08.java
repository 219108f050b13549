package org.corridor.kernel.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISCO-08 unit groups (four-digit codes with their ILO titles), read once from the classpath resource
 * {@code reference/isco-08.csv}. Major group 0 (armed forces) is left out: no mobility scheme recruits for it.
 */
public final class Isco08 {

    static final String RESOURCE = "reference/isco-08.csv";

    /** A four-digit ISCO-08 unit group and its title. */
    public record UnitGroup(String code, String title) {
    }

    private static final Map<String, UnitGroup> UNIT_GROUPS = load();

    private Isco08() {
    }

    /** Whether {@code code} is a unit group outside the armed forces. */
    public static boolean isUnitGroup(String code) {
        return code != null && UNIT_GROUPS.containsKey(code);
    }

    public static Optional<String> title(String code) {
        return Optional.ofNullable(UNIT_GROUPS.get(code)).map(UnitGroup::title);
    }

    /** Every unit group, ordered by code. */
    public static List<UnitGroup> unitGroups() {
        return List.copyOf(UNIT_GROUPS.values());
    }

    /**
     * The unit groups a search box would offer, ordered by code: a query of digits matches codes starting with
     * it; otherwise every word of the query must start a word of the title (case-insensitive), so "care" finds
     * "Health care assistants" and "Child care workers". A blank query matches all.
     */
    public static List<UnitGroup> search(String query) {
        if (query == null || query.isBlank()) {
            return unitGroups();
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.chars().allMatch(Character::isDigit)) {
            return UNIT_GROUPS.values().stream().filter(u -> u.code().startsWith(q)).toList();
        }
        List<String> wanted = words(q);
        return UNIT_GROUPS.values().stream()
                .filter(u -> {
                    List<String> titleWords = words(u.title().toLowerCase(Locale.ROOT));
                    return wanted.stream().allMatch(w -> titleWords.stream().anyMatch(t -> t.startsWith(w)));
                })
                .toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static Map<String, UnitGroup> load() {
        InputStream in = Isco08.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("ISCO-08 reference data missing from the classpath: " + RESOURCE);
        }
        Map<String, UnitGroup> groups = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"code,level,title".equals(header)) {
                throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() != 3) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
                String code = fields.get(0);
                if ("4".equals(fields.get(1)) && code.charAt(0) != '0') {
                    groups.put(code, new UnitGroup(code, fields.get(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(groups);
    }

    /** Splits one CSV line of the reference file: plain fields, or fields in double quotes with "" for a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
