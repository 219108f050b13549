package org.corridor.kernel.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Events shaped like the services' own, declaring personal data the way services will. */
final class EnrolmentEvents {

    private EnrolmentEvents() {
    }

    record TraineeEnrolled(
            @DataSubject String traineeId,
            String schemeId,
            @PersonalData String fullName,
            @PersonalData LocalDate dateOfBirth,
            @PersonalData ContactDetails contact,
            @PersonalData BigDecimal previousMonthlyWage,
            BigDecimal destinationWageFloor,
            List<String> languages) {
    }

    record ContactDetails(String email, String phone) {
    }

    record TraineeId(String value) {
    }

    record CandidateShortlisted(@DataSubject TraineeId candidate, String jobOrderId, @PersonalData String displayName) {
    }

    record TraineesEnrolledInBulk(String batchId, List<Enrolment> enrolments) {
    }

    record Enrolment(@DataSubject String traineeId, @PersonalData String fullName) {
    }

    record GrievanceFiledWithoutSubject(String grievanceId, @PersonalData String statement) {
    }

    record ReturnRegistered(
            @JsonProperty("worker_id") @DataSubject String workerId,
            @JsonProperty("home_address") @PersonalData String homeAddress) {
    }

    record PermitHolderWithPrimitiveAge(@DataSubject String workerId, @PersonalData int age) {
    }
}
