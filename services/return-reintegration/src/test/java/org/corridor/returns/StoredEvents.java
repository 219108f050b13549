package org.corridor.returns;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The payloads of one aggregate's events as the event store holds them, before any key opens them. */
public final class StoredEvents {

    private StoredEvents() {
    }

    public static List<String> of(DataSource dataSource, String aggregateId) {
        return new JdbcTemplate(dataSource).query(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8), aggregateId);
    }
}
