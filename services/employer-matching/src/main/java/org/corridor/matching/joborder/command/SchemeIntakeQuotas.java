package org.corridor.matching.joborder.command;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** {@link SchemePlaces} on the {@link SchemeIntakeQuota} aggregates, loaded (or begun) under their lock. */
@Component
class SchemeIntakeQuotas implements SchemePlaces {

    private final Repository<SchemeIntakeQuota> quotas;

    SchemeIntakeQuotas(Repository<SchemeIntakeQuota> quotas) {
        this.quotas = quotas;
    }

    @Override
    public Ledger of(String schemeId, int intakeYear) {
        Aggregate<SchemeIntakeQuota> quota;
        try {
            // loadOrCreate takes the lock before it looks, so two first reservations of a year cannot both begin it
            quota = quotas.loadOrCreate(SchemeIntakeQuota.idOf(schemeId, intakeYear), SchemeIntakeQuota::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Scheme quota " + schemeId + "/" + intakeYear + " could not be loaded", e);
        }
        return new Ledger() {
            @Override
            public int heldByOthers(String jobOrderId) {
                return quota.invoke(q -> q.heldByOthers(jobOrderId));
            }

            @Override
            public void reserve(String jobOrderId, int positions, int quotaPlaces) {
                quota.execute(q -> q.reserve(schemeId, intakeYear, jobOrderId, positions, quotaPlaces));
            }

            @Override
            public void release(String jobOrderId) {
                quota.execute(q -> q.release(schemeId, intakeYear, jobOrderId));
            }
        };
    }
}
