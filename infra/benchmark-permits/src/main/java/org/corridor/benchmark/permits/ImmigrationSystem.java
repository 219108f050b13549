package org.corridor.benchmark.permits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The destination's immigration system for the benchmark: WireMock on a fixed port, whose every answer is decided
 * by one extension. {@code POST /cases} meets the {@link FaultSchedule} and, unless it is reset before the remote
 * looks at it, opens (or finds) the case of its {@code Idempotency-Key} in {@link RemoteCases}; {@code GET
 * /cases/{ref}} answers {@code IN_REVIEW}. The request journal is off: the counting is {@link RemoteCases}'.
 */
final class ImmigrationSystem implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final RemoteCases cases = new RemoteCases();
    private final Map<FaultSchedule.Fault, AtomicLong> faults = new EnumMap<>(FaultSchedule.Fault.class);
    private final AtomicLong withoutPersonalDetails = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong statusRequests = new AtomicLong();

    ImmigrationSystem(int port, FaultSchedule schedule) {
        for (FaultSchedule.Fault fault : FaultSchedule.Fault.values()) {
            faults.put(fault, new AtomicLong());
        }
        server = new WireMockServer((port == 0 ? wireMockConfig().dynamicPort() : wireMockConfig().port(port))
                .containerThreads(64).disableRequestJournal()
                .extensions(new Answers(schedule)));
        server.stubFor(any(urlPathMatching("/cases(/.*)?")).willReturn(aResponse().withStatus(500)));
    }

    void start() {
        server.start();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    RemoteCases cases() {
        return cases;
    }

    Map<FaultSchedule.Fault, Long> faults() {
        Map<FaultSchedule.Fault, Long> counts = new EnumMap<>(FaultSchedule.Fault.class);
        faults.forEach((fault, count) -> counts.put(fault, count.get()));
        return counts;
    }

    long withoutPersonalDetails() {
        return withoutPersonalDetails.get();
    }

    long unreadable() {
        return unreadable.get();
    }

    long statusRequests() {
        return statusRequests.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        private final FaultSchedule schedule;

        Answers(FaultSchedule schedule) {
            this.schedule = schedule;
        }

        @Override
        public String getName() {
            return "benchmark-immigration-system";
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Request request = serveEvent.getRequest();
            FaultSchedule.Call call = schedule.next();
            if (request.getMethod().getName().equals("GET")) {
                statusRequests.incrementAndGet();
                return json(200, "{\"status\":\"IN_REVIEW\"}", call.latencyMillis());
            }
            String key = request.getHeader("Idempotency-Key");
            faults.get(call.fault()).incrementAndGet();
            switch (call.fault()) {
                case HTTP_503 -> {
                    return json(503, "{\"title\":\"Service Unavailable\"}", call.latencyMillis());
                }
                case HTTP_500 -> {
                    return json(500, "{\"title\":\"Internal Server Error\"}", call.latencyMillis());
                }
                case CONNECTION_RESET -> {
                    return new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER)
                            .withFixedDelay(call.latencyMillis()).build();
                }
                default -> {
                }
            }
            JsonNode body;
            try {
                body = JSON.readTree(request.getBodyAsString());
            } catch (IOException e) {
                body = null;
            }
            if (key == null || key.isBlank() || body == null || !body.hasNonNull("applicationId")) {
                unreadable.incrementAndGet();
                return json(422, "{\"title\":\"Idempotency-Key and applicationId are required\"}",
                        call.latencyMillis());
            }
            if (!body.hasNonNull("passportNumber") || !body.hasNonNull("birthDate")) {
                withoutPersonalDetails.incrementAndGet();
            }
            RemoteCases.Lodged lodged = cases.lodge(key, body.get("applicationId").asText());
            if (call.fault() == FaultSchedule.Fault.ANSWER_LOST) {
                return new ResponseDefinitionBuilder().withFault(Fault.EMPTY_RESPONSE)
                        .withFixedDelay(call.latencyMillis()).build();
            }
            return json(lodged.replay() ? 200 : 201, "{\"caseReference\":\"" + lodged.caseReference() + "\"}",
                    call.latencyMillis());
        }

        private static ResponseDefinition json(int status, String body, int latencyMillis) {
            return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(body).withFixedDelay(latencyMillis).build();
        }
    }
}
