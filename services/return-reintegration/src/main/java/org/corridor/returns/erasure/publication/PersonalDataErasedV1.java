package org.corridor.returns.erasure.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.corridor.returns.erasure.api.ErasedItem;
import org.corridor.returns.erasure.api.Hold;

import java.util.List;

/**
 * Public contract {@code return-reintegration.personal-data-erased.v1}: what this service did about an erasure
 * request, for the person's receipt. Carries no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonalDataErasedV1(String erasureId, String personId, String erasedAt, String outcome, List<Item> items,
                            List<HoldV1> holds) {

    static final String TYPE = "return-reintegration.personal-data-erased.v1";

    record Item(String store, String description, String action) {
        static Item of(ErasedItem item) {
            return new Item(item.store(), item.description(), item.action());
        }
    }

    record HoldV1(String rule, String kept, String until) {
        static HoldV1 of(Hold hold) {
            return new HoldV1(hold.rule(), hold.kept(), hold.until());
        }
    }
}
