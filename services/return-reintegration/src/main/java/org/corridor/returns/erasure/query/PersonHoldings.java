package org.corridor.returns.erasure.query;

import org.corridor.kernel.privacy.SubjectKeyring;
import org.corridor.returns.benefit.api.ClaimStatus;
import org.corridor.returns.benefit.query.BenefitClaimView;
import org.corridor.returns.benefit.query.BenefitClaims;
import org.corridor.returns.erasure.api.Holdings;
import org.corridor.returns.grievance.query.GrievanceOffers;
import org.corridor.returns.grievance.query.Grievances;
import org.corridor.returns.returncase.query.ReturnCases;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What this service holds about a person, from its lists, and whether it holds a key of theirs (the lists may lag
 * behind the records; the key does not); whether each benefit claim is decided is read from the claim's events,
 * which do not lag.
 */
@Component
public class PersonHoldings {

    static final Set<ClaimStatus> DECIDED = EnumSet.of(ClaimStatus.GRANTED, ClaimStatus.REFUSED,
            ClaimStatus.REFUSED_BY_DESTINATION);
    private static final int PAGE = 200;

    private final Grievances grievances;
    private final GrievanceOffers offers;
    private final ReturnCases returnCases;
    private final BenefitClaims claims;
    private final SubjectKeyring keyring;

    PersonHoldings(Grievances grievances, GrievanceOffers offers, ReturnCases returnCases, BenefitClaims claims,
                   SubjectKeyring keyring) {
        this.grievances = grievances;
        this.offers = offers;
        this.returnCases = returnCases;
        this.claims = claims;
        this.keyring = keyring;
    }

    public Holdings of(String personId) {
        List<String> undecided = new ArrayList<>();
        List<String> claimIds = claimsOf(personId);
        for (String claimId : claimIds) {
            if (!decided(claimId)) {
                undecided.add(claimId);
            }
        }
        return new Holdings((int) grievances.ofWorker(personId, 0, 1).total(), (int) offers.countOfWorker(personId),
                (int) returnCases.ofReturnee(personId, 0, 1).total(), claimIds.size(),
                keyring.stateForReading(personId).isPresent(), undecided);
    }

    /** Whether the destination granted or refused the claim (or turned it away as sent). */
    boolean decided(String claimId) {
        return claims.find(claimId).map(c -> DECIDED.contains(ClaimStatus.valueOf(c.status()))).orElse(true);
    }

    List<String> claimsOf(String personId) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<BenefitClaimView> found = claims.ofReturnee(personId, page, PAGE);
            found.forEach(c -> ids.add(c.claimId()));
            if (found.size() < PAGE) {
                return ids;
            }
        }
    }
}
