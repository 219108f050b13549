package org.corridor.skills.person.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.access.PersonalRecord;
import org.corridor.skills.certification.query.CertificationQueries;
import org.corridor.skills.recognition.api.RecognitionCaseOpened;
import org.corridor.skills.recognition.query.RecognitionCaseQueries;
import org.corridor.skills.recognition.query.RecognitionCaseView;
import org.corridor.skills.trainee.query.TraineeQueries;
import org.corridor.skills.trainee.query.TrainingQueries;
import org.corridor.skills.trainee.web.EnrolmentImportRecords;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything skills-recognition holds about one person, for their right of access: the trainee record, training,
 * recognition cases (with the certificate opened from the event store with the person's key: null once erased),
 * certifications of skills gained abroad and enrolment-import rows; every change from the event store with who made
 * it; and who else was shown the records (the access log).
 */
@Component
public class PersonalRecords {

    public static final String SERVICE = "skills-recognition";

    private final TraineeQueries trainees;
    private final TrainingQueries training;
    private final RecognitionCaseQueries cases;
    private final CertificationQueries certifications;
    private final EnrolmentImportRecords imports;
    private final EventStore events;
    private final AccessLog accessLog;
    private final Clock clock = Clock.systemUTC();

    PersonalRecords(TraineeQueries trainees, TrainingQueries training, RecognitionCaseQueries cases,
                    CertificationQueries certifications, EnrolmentImportRecords imports, EventStore events,
                    AccessLog accessLog) {
        this.trainees = trainees;
        this.training = training;
        this.cases = cases;
        this.certifications = certifications;
        this.imports = imports;
        this.events = events;
        this.accessLog = accessLog;
    }

    public PersonalRecord of(String personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<PersonalRecord.Change> changes = new ArrayList<>();
        data.put("trainee", trainees.find(personId).orElse(null));
        data.put("training", training.of(personId));
        changes.addAll(changesOf(personId, "trainee record"));
        List<Map<String, Object>> recognition = new ArrayList<>();
        for (RecognitionCaseView view : cases.ofPerson(personId)) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("case", view);
            shown.put("certificate", certificateOf(view.caseId()));
            recognition.add(shown);
            changes.addAll(changesOf(view.caseId(), "recognition case " + view.caseId()));
        }
        data.put("recognitionCases", recognition);
        List<Map<String, Object>> certified = certifications.ofPerson(personId);
        data.put("skillsCertifications", certified);
        for (Map<String, Object> certification : certified) {
            changes.addAll(changesOf(String.valueOf(certification.get("requestId")),
                    "certification of skills gained abroad " + certification.get("requestId")));
        }
        data.put("enrolmentImports", imports.ofPerson(personId));
        changes.sort(Comparator.comparing(PersonalRecord.Change::at));
        return new PersonalRecord(SERVICE, personId, clock.instant(), data, changes, accessLog.of(personId));
    }

    /** The certificate as recorded, opened with the person's key; null once they are erased. */
    private Object certificateOf(String caseId) {
        DomainEventStream stream = events.readEvents(caseId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof RecognitionCaseOpened opened) {
                return opened.certificate();
            }
        }
        return null;
    }

    private List<PersonalRecord.Change> changesOf(String aggregateId, String record) {
        List<PersonalRecord.Change> changes = new ArrayList<>();
        DomainEventStream stream = events.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            changes.add(PersonalRecord.Change.of(event, record + ": " + words(event.getPayloadType().getSimpleName())));
        }
        return changes;
    }

    /** {@code CertificateVerified} reads "certificate verified". */
    static String words(String eventType) {
        return eventType.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
