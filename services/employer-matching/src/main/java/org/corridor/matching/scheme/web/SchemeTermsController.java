package org.corridor.matching.scheme.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.matching.scheme.query.SchemeTerms;
import org.corridor.matching.scheme.query.SchemeTermsProjection;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The schemes employers can open job orders under, with the wage floors they must meet. */
@RestController
@RequestMapping("/schemes")
@Validated
class SchemeTermsController {

    private final SchemeTermsProjection schemes;

    SchemeTermsController(SchemeTermsProjection schemes) {
        this.schemes = schemes;
    }

    @Operation(summary = "The terms of a scheme: corridor, occupations and their wage floors, quotas")
    @GetMapping("/{schemeId}")
    SchemeTerms get(@PathVariable String schemeId) {
        return schemes.find(schemeId).orElseThrow(() -> new NotFoundException("scheme", schemeId));
    }

    @Operation(summary = "Schemes, a page at a time, optionally for one destination country")
    @GetMapping
    PageOf<SchemeTerms> list(@RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String destinationCountry,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PageOf<>(schemes.list(destinationCountry, page, size), page, size, schemes.count(destinationCountry));
    }
}
