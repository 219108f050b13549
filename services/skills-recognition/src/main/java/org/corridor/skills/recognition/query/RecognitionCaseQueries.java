package org.corridor.skills.recognition.query;

import java.util.List;
import java.util.Optional;

/** What the recognition read model answers. */
public interface RecognitionCaseQueries {

    Optional<RecognitionCaseView> find(String caseId);

    /** Every case of the person, oldest first. */
    List<RecognitionCaseView> ofPerson(String personId);

    List<RecognitionCaseView> ofDestination(String country, String status, int page, int size);

    long countOfDestination(String country, String status);
}
