package org.corridor.matching.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.matching.employer.api.EmployerContact;
import org.corridor.matching.employer.api.RegisterEmployer;
import org.corridor.matching.employer.query.EmployerProjection;
import org.corridor.matching.employer.query.EmployerView;
import org.corridor.matching.joborder.query.JobOrderListing;
import org.corridor.matching.scheme.query.SchemeAdministrators;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Employers register here and see their standing; a scheme administrator sees the employers with job orders under
 * the schemes its organisation administers.
 */
@RestController
@RequestMapping("/employers")
@Validated
class EmployerController {

    private final CommandGateway commands;
    private final EmployerProjection employers;
    private final JobOrderListing jobOrders;
    private final SchemeAdministrators administrators;

    EmployerController(CommandGateway commands, EmployerProjection employers, JobOrderListing jobOrders,
                       SchemeAdministrators administrators) {
        this.commands = commands;
        this.employers = employers;
        this.jobOrders = jobOrders;
        this.administrators = administrators;
    }

    @Operation(summary = "Register your organisation as an employer (its id is your organisation's id)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject("""
                    {"legalName": "Klinikum Nord GmbH", "registrationNumber": "HRB 123456", "country": "DE",
                     "sector": "Hospitals", "contact": {"name": "A. Schmidt", "email": "hr@klinikum-nord.de"}}"""))))
    @PostMapping
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Map<String, String>> register(Caller caller,
                                                 @Valid @RequestBody RegisterEmployerRequest request) {
        String employerId = caller.organisation();
        commands.sendAndWait(new RegisterEmployer(employerId, request.legalName(), request.registrationNumber(),
                request.country(), request.sector(), new EmployerContact(request.contact().name(),
                request.contact().email(), request.contact().phone())));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(employerId).toUri()).body(Map.of("employerId", employerId));
    }

    @Operation(summary = "An employer: its standing and, while suspended, why (an employer sees only itself)")
    @GetMapping("/{employerId}")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'SCHEME_ADMIN')")
    EmployerView get(Caller caller, @PathVariable String employerId) {
        if (isEmployer(caller) ? !employerId.equals(caller.organisation())
                : jobOrders.schemesOf(employerId).stream()
                        .noneMatch(schemeId -> administrators.administers(caller.organisation(), schemeId))) {
            throw new NotFoundException("employer", employerId);
        }
        return employers.find(employerId).orElseThrow(() -> new NotFoundException("employer", employerId));
    }

    @Operation(summary = "The employers with job orders under a scheme you administer, a page at a time")
    @GetMapping
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    PageOf<EmployerView> list(Caller caller, @RequestParam(required = false) String schemeId,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if (schemeId == null) {
            throw new RuleViolation("schemeId", "Name the scheme whose employers you want to see: an "
                    + "administrator sees the employers with job orders under the schemes its organisation "
                    + "administers.");
        }
        administrators.requireAdministers(caller.organisation(), schemeId);
        List<String> ids = jobOrders.employersInScheme(schemeId);
        List<EmployerView> items = ids.stream().skip((long) page * size).limit(size)
                .map(employers::find).flatMap(Optional::stream).toList();
        return new PageOf<>(items, page, size, ids.size());
    }

    static boolean isEmployer(Caller caller) {
        return caller.roles().contains("EMPLOYER");
    }
}
