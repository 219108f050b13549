package org.corridor.skills.trainee.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A trainee as the enrolling agency, the training provider and the person see them. Holds the person's name and
 * contact in clear for search; erasure blanks them here (and the key is destroyed for the event store).
 */
@Document(TraineeView.COLLECTION)
public record TraineeView(@Id String personId, String schemeId, String enrollingOrganisation, String trainingProvider,
                          String originCountry, String track, Integer intakeYear, String iscoCode, String status,
                          String fullName, String birthDate, String phone, String email, String gender,
                          List<String> languages, List<String> consent, Instant enrolledAt, String enrolledBy) {

    static final String COLLECTION = "trainees";

    TraineeView with(String status, String track, List<String> consent) {
        return new TraineeView(personId, schemeId, enrollingOrganisation, trainingProvider, originCountry, track,
                intakeYear, iscoCode, status, fullName, birthDate, phone, email, gender, languages, consent,
                enrolledAt, enrolledBy);
    }

    TraineeView erased() {
        return new TraineeView(personId, schemeId, enrollingOrganisation, trainingProvider, originCountry, track,
                intakeYear, iscoCode, "ERASED", null, null, null, null, null, List.of(), List.of(), enrolledAt,
                enrolledBy);
    }
}
