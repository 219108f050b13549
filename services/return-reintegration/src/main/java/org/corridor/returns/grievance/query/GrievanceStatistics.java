package org.corridor.returns.grievance.query;

import org.corridor.returns.grievance.api.GrievanceKind;
import org.corridor.returns.counting.query.SmallCells;
import org.corridor.returns.counting.query.Subjects;
import org.corridor.returns.counting.query.Tallies;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Grievances counted by kind and outcome, with the amounts claimed and recovered per currency. */
@Component
public class GrievanceStatistics {

    /** Grievances counted for all schemes, per scheme, and per corridor from home country to country of work. */
    static final Subjects SUBJECTS = new Subjects("grievances");

    private final Tallies tallies;

    GrievanceStatistics(Tallies tallies) {
        this.tallies = tallies;
    }

    /**
     * @param schemeId   one scheme, or {@code null}
     * @param corridor   {@code PH-DE} (or {@code PH-unknown}), or {@code null}; ignored when a scheme is given
     * @param forMonitor counts under five suppressed, and the amounts of a currency with fewer than five claims
     */
    public Counts counts(String schemeId, String corridor, boolean forMonitor) {
        String subject = SUBJECTS.asked(schemeId, corridor);
        Map<String, Long> counters = tallies.read(subject);
        SmallCells cells = forMonitor ? SmallCells.forMonitor() : SmallCells.shown();
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (GrievanceKind kind : GrievanceKind.values()) {
            byKind.put(kind.name(), counters.getOrDefault("kind_" + kind.name(), 0L));
        }
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (String outcome : new String[]{"filed", "substantiated", "dismissed", "resolved", "closed"}) {
            byOutcome.put(outcome, counters.getOrDefault(outcome, 0L));
        }
        Map<String, Long> shownByKind = cells.cells("byKind", byKind);
        Map<String, Long> shownByOutcome = cells.cells("byOutcome", byOutcome);
        Map<String, Amounts> amounts = new TreeMap<>();
        counters.forEach((name, claims) -> {
            if (!name.startsWith("claims_")) {
                return;
            }
            String currency = name.substring("claims_".length());
            if (!cells.shows("amounts." + currency, claims)) {
                return;
            }
            long recoveries = counters.getOrDefault("recoveries_" + currency, 0L);
            boolean recoveriesShown = cells.shows("amounts." + currency + ".recovered", recoveries);
            amounts.put(currency, new Amounts(claims, money(counters.getOrDefault("claimed_" + currency, 0L), currency),
                    recoveriesShown ? recoveries : null,
                    recoveriesShown ? money(counters.getOrDefault("recovered_" + currency, 0L), currency) : null));
        });
        return new Counts(SUBJECTS.named(subject), shownByKind, shownByOutcome,
                amounts, forMonitor ? SmallCells.THRESHOLD : null, cells.suppressed());
    }

    private static String money(long minorUnits, String currency) {
        int scale = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minorUnits, scale).toPlainString();
    }

    /**
     * @param of              what is counted: {@code scheme:<id>}, {@code corridor:PH-DE}, or empty for all
     * @param suppressedBelow for monitors: cells above zero and under this count are left out
     * @param suppressed      the cells left out, as {@code table.cell}
     */
    public record Counts(String of, Map<String, Long> byKind, Map<String, Long> byOutcome, Map<String, Amounts> amounts,
                         Integer suppressedBelow, List<String> suppressed) {
    }

    /** Claims and recoveries in one currency; recoveries left out when fewer than five. */
    public record Amounts(Long claims, String claimed, Long recoveries, String recovered) {
    }
}
