package org.corridor.skills.scheme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.types.SchemeId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.skills.access.NotPermitted;
import org.corridor.skills.scheme.api.AmendScheme;
import org.corridor.skills.scheme.api.CloseScheme;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.query.SchemeQueries;
import org.corridor.skills.scheme.query.SchemeQueries.SchemeFilter;
import org.corridor.skills.scheme.query.SchemeView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/schemes")
@Validated
class SchemeController {

    private static final String READERS = "hasAnyRole('SCHEME_ADMIN','ORIGIN_AGENCY','TRAINING_PROVIDER','RECOGNITION_OFFICER')";

    private final CommandGateway commands;
    private final SchemeQueries schemes;

    SchemeController(CommandGateway commands, SchemeQueries schemes) {
        this.commands = commands;
        this.schemes = schemes;
    }

    @Operation(summary = "Define a scheme: corridor, occupations with training standards and wage floors, quotas per "
            + "track and intake year, benchmark wages; administered by the caller's organisation")
    @PostMapping
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    ResponseEntity<Map<String, String>> define(@Valid @RequestBody DefineSchemeRequest request,
                                               Caller caller) {
        SchemeId schemeId = SchemeId.generate();
        commands.sendAndWait(new DefineScheme(schemeId, caller.organisation(), request.terms()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(schemeId.value()).toUri()).body(Map.of("schemeId", schemeId.value()));
    }

    @Operation(summary = "Amend a scheme of the caller's organisation: the full terms from a date on, with a reason; "
            + "earlier versions stay readable")
    @PostMapping("/{schemeId}/amendments")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    ResponseEntity<Void> amend(@PathVariable SchemeId schemeId, @Valid @RequestBody AmendSchemeRequest request,
                               Caller caller) {
        commands.sendAndWait(new AmendScheme(schemeId, caller.organisation(), request.terms().terms(),
                request.reason(), request.effectiveFrom()));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Close a scheme of the caller's organisation: no more enrolments or amendments")
    @PostMapping("/{schemeId}/closure")
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    ResponseEntity<Void> close(@PathVariable SchemeId schemeId, @Valid @RequestBody CloseSchemeRequest request,
                               Caller caller) {
        commands.sendAndWait(new CloseScheme(schemeId, caller.organisation(), request.closedOn(),
                request.reason()));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "A scheme: its terms in force and every earlier version")
    @GetMapping("/{schemeId}")
    @PreAuthorize(READERS)
    SchemeView get(@PathVariable String schemeId, Caller caller) {
        SchemeView view = schemes.find(schemeId).orElseThrow(() -> new NotFoundException("scheme", schemeId));
        requireVisible(view, caller);
        return view;
    }

    @Operation(summary = "The terms of a scheme in force on a day: what a trainee or job order was checked against")
    @GetMapping("/{schemeId}/terms")
    @PreAuthorize(READERS)
    SchemeView.VersionView termsOn(@PathVariable String schemeId,
                                   @Parameter(example = "2027-03-01") @RequestParam("on")
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                   Caller caller) {
        get(schemeId, caller);
        return schemes.termsOn(schemeId, on).orElseThrow(() -> new NotFoundException("scheme", schemeId));
    }

    @Operation(summary = "Schemes the caller may see, a page at a time: an administrator its organisation's, an "
            + "origin agency those recruiting in its country, a recognition officer those bound for its country")
    @GetMapping
    @PreAuthorize(READERS)
    PageOf<SchemeView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                            Caller caller) {
        SchemeFilter filter = filterFor(caller);
        return new PageOf<>(schemes.list(filter, page, size), page, size, schemes.count(filter));
    }

    private static SchemeFilter filterFor(Caller caller) {
        if (caller.hasRole("SCHEME_ADMIN")) {
            return new SchemeFilter(caller.organisation(), null, null);
        }
        if (caller.hasRole("ORIGIN_AGENCY")) {
            return new SchemeFilter(null, caller.country(), null);
        }
        if (caller.hasRole("RECOGNITION_OFFICER")) {
            return new SchemeFilter(null, null, caller.country());
        }
        return new SchemeFilter(null, null, null);
    }

    private static void requireVisible(SchemeView view, Caller caller) {
        SchemeFilter filter = filterFor(caller);
        boolean visible = (filter.administeringOrganisation() == null
                || filter.administeringOrganisation().equals(view.administeringOrganisation()))
                && (filter.originCountry() == null || filter.originCountry().equals(view.originCountry()))
                && (filter.destinationCountry() == null || filter.destinationCountry().equals(view.destinationCountry()));
        if (!visible) {
            throw new NotPermitted("scheme-visible-to-its-parties", "this scheme is outside your organisation or "
                    + "country; list the schemes you may see with GET /schemes");
        }
    }
}
