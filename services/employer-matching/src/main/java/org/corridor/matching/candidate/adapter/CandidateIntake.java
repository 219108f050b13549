package org.corridor.matching.candidate.adapter;

import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Keeps the candidate pool current from skills-recognition's candidate events. Contributes its routes to the
 * listener of that topic (scheme/adapter), which reads every type employer-matching handles from it.
 */
@Component
public class CandidateIntake {

    private final CandidatePool pool;

    CandidateIntake(CandidatePool pool) {
        this.pool = pool;
    }

    public IntegrationEventRoutes.Builder routes(IntegrationEventRoutes.Builder routes) {
        return routes
                .on(CandidateAvailableV1.TYPE, CandidateAvailableV1.class, this::available)
                .on(CandidateWithdrawnV1.TYPE, CandidateWithdrawnV1.class, this::withdrawn);
    }

    private void available(CandidateAvailableV1 candidate, ReceivedEvent event) {
        pool.available(new CandidateProfile(candidate.personId(), candidate.schemeId(), candidate.iscoCode(),
                candidate.skills().stream().collect(Collectors.toMap(CandidateAvailableV1.Skill::skillCode,
                        CandidateAvailableV1.Skill::level, Math::max)),
                candidate.languages().stream().collect(Collectors.toMap(CandidateAvailableV1.Language::language,
                        l -> CefrLevel.of(l.level()), (a, b) -> a.compareTo(b) >= 0 ? a : b)),
                CandidateProfile.Recognition.valueOf(candidate.recognition()), candidate.availableFrom()),
                event.aggregateVersion());
    }

    private void withdrawn(CandidateWithdrawnV1 withdrawal, ReceivedEvent event) {
        pool.withdrawn(withdrawal.personId(), withdrawal.schemeId(), withdrawal.reason(), event.aggregateVersion());
    }
}
