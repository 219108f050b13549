package org.corridor.kernel.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;
import org.axonframework.serialization.json.JacksonSerializer;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.LedgerOpened;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexedGapReadsTest {

    static final int STORED = 20_000;
    static final EventSchema SCHEMA = new EventSchema();

    final JdbcDataSource database = new JdbcDataSource();
    Connection connection;
    final TreeSet<Long> holes = new TreeSet<>();

    @BeforeAll
    void storeEventsWithHoles() throws SQLException {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(database::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        engine.createSchema(H2EventTableFactory.INSTANCE);
        for (int from = 0; from < STORED; from += 1_000) {
            engine.appendEvents(IntStream.range(from, from + 1_000)
                    .mapToObj(i -> new GenericDomainEventMessage<>("Ledger", "ledger-" + i, 0,
                            new LedgerOpened("ledger-" + i, "owner")))
                    .toList());
        }
        // Holes, as rolled-back appends leave them: positions drawn and never committed.
        Random random = new Random(7);
        while (holes.size() < 200) {
            holes.add(1L + random.nextInt(STORED));
        }
        connection = database.getConnection();
        try (Statement delete = connection.createStatement()) {
            for (long hole : holes) {
                delete.executeUpdate("DELETE FROM " + SCHEMA.domainEventTable()
                        + " WHERE " + SCHEMA.globalIndexColumn() + " = " + hole);
            }
        }
    }

    @AfterAll
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void returns_the_same_events_in_the_same_order_as_axons_own_query() throws SQLException {
        Random random = new Random(11);
        for (int attempt = 0; attempt < 200; attempt++) {
            long index = 1 + random.nextInt(STORED);
            int batchSize = 1 + random.nextInt(500);
            List<Long> gaps = gapsBelow(index, random);

            assertThat(indexesRead(IndexedGapReads.INSTANCE, index, batchSize, gaps))
                    .as("token at %d with gaps %s, batch %d", index, gaps, batchSize)
                    .isEqualTo(indexesRead(JdbcEventStorageEngineStatements::readEventDataWithGaps, index, batchSize,
                            gaps));
        }
    }

    @Test
    void reads_only_the_rows_it_returns_however_large_the_store() throws SQLException {
        long index = STORED - 1_000;
        int batchSize = 100;
        List<Long> gaps = List.of(index - 40, index - 3, index - 1);

        // Axon's form tests every row of the table; ours seeks the range and each gap.
        assertThat(rowsScanned(JdbcEventStorageEngineStatements::readEventDataWithGaps, index, batchSize, gaps))
                .isGreaterThanOrEqualTo(STORED - holes.size());
        assertThat(rowsScanned(IndexedGapReads.INSTANCE, index, batchSize, gaps))
                .isLessThan(2L * (batchSize + gaps.size()));
    }

    private List<Long> gapsBelow(long index, Random random) {
        TreeSet<Long> gaps = new TreeSet<>(holes.headSet(index, false).descendingSet().stream().limit(3).toList());
        int extra = random.nextInt(4);
        for (int i = 0; i < extra && index > 1; i++) {
            gaps.add(1L + random.nextInt((int) index - 1));
        }
        return new ArrayList<>(gaps);
    }

    private List<Long> indexesRead(ReadEventDataWithGapsStatementBuilder query, long index, int batchSize,
                                   List<Long> gaps) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (PreparedStatement statement = query.build(connection, SCHEMA, index, batchSize, gaps);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong(SCHEMA.globalIndexColumn()));
            }
        }
        return indexes;
    }

    /** H2's own count of the rows it visited, from EXPLAIN ANALYZE of the statement the query builds. */
    private long rowsScanned(ReadEventDataWithGapsStatementBuilder query, long index, int batchSize, List<Long> gaps)
            throws SQLException {
        Connection explaining = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) ->
                        "prepareStatement".equals(method.getName()) && args.length == 1
                                ? connection.prepareStatement("EXPLAIN ANALYZE " + args[0])
                                : method.invoke(connection, args));
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = query.build(explaining, SCHEMA, index, batchSize, gaps);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1));
            }
        }
        long scanned = 0;
        Matcher counts = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        while (counts.find()) {
            scanned += Long.parseLong(counts.group(1));
        }
        assertThat(scanned).as("scan counts in %s", plan).isPositive();
        return scanned;
    }
}
