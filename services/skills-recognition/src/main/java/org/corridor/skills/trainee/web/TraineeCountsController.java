package org.corridor.skills.trainee.web;

import io.swagger.v3.oas.annotations.Operation;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.web.Callers;
import org.corridor.skills.scheme.query.SchemeQueries;
import org.corridor.skills.trainee.query.TraineeQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
class TraineeCountsController {

    private final TraineeQueries trainees;
    private final SchemeQueries schemes;

    TraineeCountsController(TraineeQueries trainees, SchemeQueries schemes) {
        this.trainees = trainees;
        this.schemes = schemes;
    }

    @Operation(summary = "Trainees of a scheme counted by stage, track and gender; for a monitor every count under 5 "
            + "reads \"suppressed\", so that no person can be singled out")
    @GetMapping("/schemes/{schemeId}/trainee-counts")
    @PreAuthorize("hasAnyRole('MONITOR','SCHEME_ADMIN')")
    Map<String, Map<String, Object>> counts(@PathVariable String schemeId, Caller caller) {
        Acting acting = Callers.acting(caller);
        if (!acting.is("MONITOR") && schemes.find(schemeId)
                .filter(s -> s.administeringOrganisation().equals(acting.organisation())).isEmpty()) {
            throw new NotFoundException("scheme of your organisation", schemeId);
        }
        return trainees.countsOf(schemeId, acting.is("MONITOR"));
    }
}
