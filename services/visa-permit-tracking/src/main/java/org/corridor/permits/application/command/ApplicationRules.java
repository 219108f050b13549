package org.corridor.permits.application.command;

import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.application.api.TransitionRefused;

/** The rules of a permit application's lifecycle, by name: a refusal names the rule it broke. */
final class ApplicationRules {

    static final String DETAILS_UNTIL_LODGED = "personal-details-until-lodged";
    static final String NO_DETAILS_AFTER_ERASURE = "no-personal-details-after-erasure";
    static final String CHECKLIST_UNTIL_LODGED = "checklist-until-lodged";
    static final String CHECKLIST_CLOSED_AFTER_ERASURE = "checklist-closed-after-erasure";
    static final String VERIFIED_DOCUMENT_STAYS = "verified-document-stays-verified";
    static final String VERIFY_WHAT_WAS_RECEIVED = "verify-a-received-document";
    static final String REJECT_WHAT_WAS_RECEIVED = "reject-a-received-document";
    static final String REJECTION_NEEDS_REASON = "rejection-needs-a-reason";
    static final String LODGE_ONCE = "lodge-an-open-application-once";
    static final String LODGE_WITH_PERSONAL_DETAILS = "lodge-with-personal-details";
    static final String LODGE_WITH_VERIFIED_DOCUMENTS = "lodge-with-every-document-verified";
    static final String LODGEMENT_ANSWERS_A_REQUEST = "lodgement-answers-a-pending-request";
    static final String STATUS_OF_ITS_OWN_CASE = "immigration-status-of-the-applications-own-case";
    static final String DECIDE_WHEN_LODGED = "no-decision-before-lodging";
    static final String VALID_UNTIL_AFTER_VALID_FROM = "valid-until-after-valid-from";
    static final String REFUSAL_NEEDS_REASONS = "refusal-states-reasons";
    static final String APPEAL_DATE_AFTER_DECISION = "appeal-date-after-decision";
    static final String ISSUE_WHEN_APPROVED = "issue-only-an-approved-application";
    static final String RENEW_AN_ISSUED_PERMIT = "renew-an-issued-permit";
    static final String RENEWAL_EXTENDS = "renewal-extends-validity";
    static final String ENDED_IS_FINAL = "an-ended-permit-stays-ended";
    static final String EXPIRY_IS_RECORDED_BY_THE_SERVICE = "expiry-is-recorded-by-the-service";
    static final String END_AN_ISSUED_PERMIT = "cancel-or-depart-an-issued-permit";
    static final String END_A_REFUSED_APPLICATION = "end-a-refused-application-after-its-appeal-date";

    private ApplicationRules() {
    }

    static void require(boolean holds, String rule, ApplicationStatus state, String field, String whatToDo) {
        if (!holds) {
            throw new TransitionRefused(field, rule, state, "Refused by rule " + rule + " (application is " + state
                    + "): " + whatToDo);
        }
    }
}
