package org.corridor.matching.joborder.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.web.PageOf;
import org.corridor.kernel.web.Problems;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.api.AmendJobOrder;
import org.corridor.matching.joborder.api.ChangeJobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderDecision;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.OpenJobOrder;
import org.corridor.matching.joborder.query.JobOrderView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.corridor.kernel.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

/** Employers open and manage job orders under the fair-recruitment rules. */
@RestController
@RequestMapping("/job-orders")
@Validated
class JobOrderController {

    static final String EXAMPLE = """
            {"schemeId": "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", "iscoCode": "5321", "positions": 4,
             "requiredSkills": [{"skillCode": "care.basic-nursing", "level": 3}],
             "language": {"language": "de", "level": "B1"},
             "monthlyWage": {"amount": "2950.00", "currency": "EUR"}, "hoursPerWeek": 38.5, "contractMonths": 24,
             "location": {"city": "Munich", "region": "DE-BY"},
             "housing": {"provided": true, "description": "Furnished flat near the clinic",
                         "monthlyCostToWorker": {"amount": "350.00", "currency": "EUR"}},
             "recruitmentCosts": [{"item": "visa fee", "amount": {"amount": "75.00", "currency": "EUR"},
                                   "paidBy": "EMPLOYER"}],
             "startDate": "2027-09-01"}""";

    private final CommandGateway commands;
    private final JobOrderReads reads;

    JobOrderController(CommandGateway commands, JobOrderReads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @Operation(summary = "Open a job order; refused with one explanation per broken fair-recruitment rule (422)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(EXAMPLE))))
    @PostMapping
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<?> open(Caller caller, @Valid @RequestBody JobOrderRequest request) {
        String jobOrderId = "jo-" + UUID.randomUUID();
        JobOrderDecision decision = commands.sendAndWait(new OpenJobOrder(jobOrderId, caller.organisation(),
                request.terms()));
        if (!decision.accepted()) {
            return refused(decision);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(jobOrderId).toUri()).body(decision);
    }

    @Operation(summary = "Amend a job order (or resubmit a refused one); checked again against every rule",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(EXAMPLE))))
    @PutMapping("/{jobOrderId}")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<?> amend(Caller caller, @PathVariable String jobOrderId,
                            @Valid @RequestBody JobOrderRequest request) {
        JobOrderDecision decision = commands.sendAndWait(new AmendJobOrder(jobOrderId,
                caller.organisation(), request.terms()));
        return decision.accepted() ? ResponseEntity.ok(decision) : refused(decision);
    }

    @Operation(summary = "Pause an open job order: it takes no candidates until resumed")
    @PostMapping("/{jobOrderId}/pause")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Void> pause(Caller caller, @PathVariable String jobOrderId,
                               @Valid @RequestBody(required = false) StatusChangeRequest request) {
        return change(caller, jobOrderId, JobOrderStatus.PAUSED, request);
    }

    @Operation(summary = "Resume a paused or filled job order")
    @PostMapping("/{jobOrderId}/resume")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Void> resume(Caller caller, @PathVariable String jobOrderId,
                                @Valid @RequestBody(required = false) StatusChangeRequest request) {
        return change(caller, jobOrderId, JobOrderStatus.OPEN, request);
    }

    @Operation(summary = "Mark a job order filled: every position is taken")
    @PostMapping("/{jobOrderId}/fill")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Void> fill(Caller caller, @PathVariable String jobOrderId,
                              @Valid @RequestBody(required = false) StatusChangeRequest request) {
        return change(caller, jobOrderId, JobOrderStatus.FILLED, request);
    }

    @Operation(summary = "Close a job order for good; its positions go back to the scheme's quota")
    @PostMapping("/{jobOrderId}/close")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<Void> close(Caller caller, @PathVariable String jobOrderId,
                               @Valid @RequestBody(required = false) StatusChangeRequest request) {
        return change(caller, jobOrderId, JobOrderStatus.CLOSED, request);
    }

    @Operation(summary = "A job order with its terms, status and last refusal (an employer sees only its own)")
    @GetMapping("/{jobOrderId}")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'SCHEME_ADMIN')")
    JobOrderView get(Caller caller, @PathVariable String jobOrderId) {
        return reads.visibleTo(caller, jobOrderId);
    }

    @Operation(summary = "Job orders a page at a time: an employer's own, or a scheme's for its administrator")
    @GetMapping
    @PreAuthorize("hasAnyRole('EMPLOYER', 'SCHEME_ADMIN')")
    PageOf<JobOrderView> list(Caller caller,
                              @RequestParam(required = false) String schemeId,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return reads.list(caller, schemeId, page, size);
    }

    private ResponseEntity<Void> change(Caller caller, String jobOrderId, JobOrderStatus to,
                                        StatusChangeRequest request) {
        try {
            commands.sendAndWait(new ChangeJobOrderStatus(jobOrderId, caller.organisation(), to,
                    request == null ? null : request.reason()));
        } catch (org.axonframework.modelling.command.AggregateNotFoundException e) {
            throw new UnknownToCaller("job order", jobOrderId);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> refused(JobOrderDecision decision) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "fair-recruitment-refused",
                "Job order refused under the fair-recruitment rules", decision.breaches().size()
                        + " rule(s) broken; the refusal is recorded under job order " + decision.jobOrderId()
                        + ". Amend it with PUT /job-orders/" + decision.jobOrderId() + " once every breach is fixed.");
        problem.setProperty("jobOrderId", decision.jobOrderId());
        problem.setProperty("breaches", decision.breaches());
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
