package org.corridor.skills.trainee.query;

import java.util.Map;

/** A trainee's training record: completed modules and skill assessments, in the order recorded. */
public interface TrainingQueries {

    Map<String, Object> of(String personId);
}
