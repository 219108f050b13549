package org.corridor.returns.erasure.command;

import org.corridor.returns.erasure.api.ErasedItem;
import org.corridor.returns.erasure.api.Holdings;

import java.util.ArrayList;
import java.util.List;

/** What the person's receipt says this service erased, in their words, from what it held about them. */
final class Receipt {

    static final String EVENT_STORE = "EVENT_STORE";
    static final String READ_MODEL = "READ_MODEL";

    private Receipt() {
    }

    static List<ErasedItem> of(Holdings held) {
        List<String> sealed = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        if (held.grievances() > 0) {
            sealed.add("the account and evidence of " + counted(held.grievances(), "grievance"));
            lists.add("grievances");
        }
        if (held.grievanceOffers() > 0) {
            sealed.add("the contract terms of " + counted(held.grievanceOffers(), "prefilled grievance"));
            lists.add("grievance offers");
        }
        if (held.returnCases() > 0) {
            sealed.add("the needs, plan notes, follow-up findings and declared gender of "
                    + counted(held.returnCases(), "return case"));
            lists.add("return cases");
        }
        if (held.benefitClaims() > 0) {
            sealed.add("the insurance number and decision of " + counted(held.benefitClaims(), "benefit claim"));
            lists.add("benefit claims");
        }
        List<ErasedItem> items = new ArrayList<>();
        items.add(new ErasedItem(EVENT_STORE, "Sealed in the recorded events, now unreadable: "
                + (sealed.isEmpty() ? "the personal values you gave this service" : String.join("; ", sealed)),
                "KEY_DESTROYED"));
        if (!lists.isEmpty()) {
            items.add(new ErasedItem(READ_MODEL, "Your person id on the lists of " + String.join(", ", lists)
                    + "; the entries stay, unnamed, so counts still add up", "CLEARED"));
        }
        items.add(new ErasedItem(READ_MODEL, "The log of who was shown your records in this service", "REMOVED"));
        return List.copyOf(items);
    }

    private static String counted(int count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }
}
