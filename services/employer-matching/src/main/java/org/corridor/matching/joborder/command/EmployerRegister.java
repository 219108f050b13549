package org.corridor.matching.joborder.command;

import java.util.List;

/** Where job orders learn whether their employer may open them. */
public interface EmployerRegister {

    Standing standingOf(String employerId);

    /** Whether the employer may open job orders now; if not, what to tell it. */
    record Standing(boolean mayOpenJobOrders, List<String> reasons) {
    }
}
