package org.corridor.benchmark.measure;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The broker's round trip on its own: one record at a time, acknowledged before the next, by a producer with the
 * service's own producer settings (acks=all, idempotent) on a topic of its own. Set beside the publication lag,
 * it tells the broker's share of the lag from the publisher's.
 */
public final class KafkaRoundTrip implements AutoCloseable {

    private static final String PAYLOAD = "{\"probe\":\"" + "x".repeat(400) + "\"}";

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final Latencies latencies = new Latencies();
    private volatile boolean running;
    private Thread background;

    public KafkaRoundTrip(Map<String, Object> producerSettings, String topic) {
        Map<String, Object> settings = new HashMap<>(producerSettings);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "round-trip-probe");
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.producer = new KafkaProducer<>(settings);
        this.topic = topic;
    }

    /** Sends {@code count} records back to back and summarises their round trips. */
    public Summary measure(int count) {
        Latencies sample = new Latencies();
        for (int i = 0; i < count; i++) {
            sample.add(sendOne(i));
        }
        return sample.summary();
    }

    /** Sends one record every {@code interval} in the background until {@link #stopBackground()}. */
    public void startBackground(Duration interval) {
        running = true;
        background = new Thread(() -> {
            int i = 0;
            while (running) {
                latencies.add(sendOne(i++));
                Processors.sleep(interval.toMillis());
            }
        }, "kafka-round-trip");
        background.setDaemon(true);
        background.start();
    }

    public Summary stopBackground() {
        running = false;
        try {
            background.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return latencies.summary();
    }

    private long sendOne(int i) {
        long start = System.nanoTime();
        try {
            producer.send(new ProducerRecord<>(topic, "probe-" + (i % 16), PAYLOAD)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return Duration.ofSeconds(30).toNanos() / 1000;
        }
        return (System.nanoTime() - start) / 1000;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
