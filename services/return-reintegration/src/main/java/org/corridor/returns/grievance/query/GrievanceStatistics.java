package org.corridor.returns.grievance.query;

import org.corridor.returns.grievance.api.GrievanceKind;
import org.corridor.returns.statistics.query.SmallCells;
import org.corridor.returns.statistics.query.Tallies;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Grievances counted by kind and outcome, with the amounts claimed and recovered per currency. */
@Component
public class GrievanceStatistics {

    static final String ALL = "grievances";

    private final Tallies tallies;

    GrievanceStatistics(Tallies tallies) {
        this.tallies = tallies;
    }

    static String ofScheme(String schemeId) {
        return ALL + "/scheme:" + schemeId;
    }

    /**
     * @param schemeId   one scheme, or {@code null} for all
     * @param forMonitor counts under five suppressed, and the amounts of a currency with fewer than five claims
     */
    public Counts counts(String schemeId, boolean forMonitor) {
        Map<String, Long> counters = tallies.read(schemeId == null ? ALL : ofScheme(schemeId));
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (GrievanceKind kind : GrievanceKind.values()) {
            byKind.put(kind.name(), counters.getOrDefault("kind_" + kind.name(), 0L));
        }
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (String outcome : new String[]{"filed", "substantiated", "dismissed", "resolved", "closed"}) {
            byOutcome.put(outcome, counters.getOrDefault(outcome, 0L));
        }
        Map<String, Amounts> amounts = new TreeMap<>();
        counters.forEach((name, value) -> {
            if (name.startsWith("claims_")) {
                String currency = name.substring("claims_".length());
                long claims = value;
                long recoveries = counters.getOrDefault("recoveries_" + currency, 0L);
                boolean hidden = forMonitor && SmallCells.forMonitor(claims) == null;
                amounts.put(currency, new Amounts(hidden ? null : claims,
                        hidden ? null : money(counters.getOrDefault("claimed_" + currency, 0L), currency),
                        forMonitor ? SmallCells.forMonitor(recoveries) : Long.valueOf(recoveries),
                        hidden || (forMonitor && SmallCells.forMonitor(recoveries) == null) ? null
                                : money(counters.getOrDefault("recovered_" + currency, 0L), currency)));
            }
        });
        return forMonitor
                ? new Counts(SmallCells.forMonitor(byKind), SmallCells.forMonitor(byOutcome), amounts,
                SmallCells.THRESHOLD)
                : new Counts(byKind, byOutcome, amounts, null);
    }

    private static String money(long minorUnits, String currency) {
        int scale = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minorUnits, scale).toPlainString();
    }

    /**
     * @param suppressedBelow set for monitors: a {@code null} count is above zero and under this threshold
     */
    public record Counts(Map<String, Long> byKind, Map<String, Long> byOutcome, Map<String, Amounts> amounts,
                         Integer suppressedBelow) {
    }

    /** Claims and recoveries in one currency; {@code null} where suppressed. */
    public record Amounts(Long claims, String claimed, Long recoveries, String recovered) {
    }
}
