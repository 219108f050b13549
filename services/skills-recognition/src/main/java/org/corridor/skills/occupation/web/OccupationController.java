package org.corridor.skills.occupation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.Isco08;
import org.corridor.kernel.web.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The ISCO-08 unit groups a scheme may train for, with their titles, for forms and search boxes. */
@RestController
@RequestMapping("/occupations")
@Validated
class OccupationController {

    @Operation(summary = "ISCO-08 occupations (unit groups) with their titles, searchable by code prefix or title words",
            description = "A query of digits matches codes starting with it (\"532\" finds 5321, 5322, 5329); "
                    + "otherwise every word must start a word of the title (\"health care\" finds 5321 Health care "
                    + "assistants). Ordered by code. Open to every signed-in role.")
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    PageOf<Isco08.UnitGroup> search(
            @Parameter(examples = {@ExampleObject(name = "words", value = "care"),
                    @ExampleObject(name = "code prefix", value = "532")})
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<Isco08.UnitGroup> found = Isco08.search(q);
        int from = (int) Math.min((long) page * size, found.size());
        int to = Math.min(from + size, found.size());
        return new PageOf<>(found.subList(from, to), page, size, found.size());
    }
}
