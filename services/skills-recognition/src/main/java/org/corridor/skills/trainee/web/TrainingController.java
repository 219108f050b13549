package org.corridor.skills.trainee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.web.Callers;
import org.corridor.skills.trainee.api.RecordAssessment;
import org.corridor.skills.trainee.api.RecordModule;
import org.corridor.skills.trainee.query.TraineeQueries;
import org.corridor.skills.trainee.query.TrainingQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.corridor.kernel.access.AccessLog;

import java.time.LocalDate;
import java.util.Map;

@RestController
@RequestMapping("/trainees/{personId}")
@Validated
class TrainingController {

    private final CommandGateway commands;
    private final TraineeQueries trainees;
    private final TrainingQueries training;
    private final AccessLog accessLog;

    TrainingController(CommandGateway commands, TraineeQueries trainees, TrainingQueries training,
                       AccessLog accessLog) {
        this.accessLog = accessLog;
        this.commands = commands;
        this.trainees = trainees;
        this.training = training;
    }

    @Schema(example = "{\"moduleCode\": \"CARE-101\", \"title\": \"Basic care\", \"completedOn\": \"2027-02-15\"}")
    record ModuleRequest(@NotBlank @Size(max = 64) String moduleCode, @NotBlank @Size(max = 200) String title,
                         @NotNull @PastOrPresent LocalDate completedOn) {
    }

    @Schema(example = """
            {"skillCode": "care.basic-nursing", "level": 3, "assessor": "R. Bautista", "assessedOn": "2027-02-20",
             "evidenceReference": "tesda-manila/assessments/2027/0042"}""")
    record AssessmentRequest(@NotBlank @Size(max = 64) String skillCode, @NotNull @Min(1) @Max(5) Integer level,
                             @NotBlank @Size(max = 200) String assessor, @NotNull @PastOrPresent LocalDate assessedOn,
                             @Size(max = 500) String evidenceReference) {
    }

    @Operation(summary = "Record a module the trainee completed (the training provider the trainee is assigned to)")
    @PostMapping("/modules")
    @PreAuthorize("hasRole('TRAINING_PROVIDER')")
    ResponseEntity<Void> module(@PathVariable PersonId personId, @Valid @RequestBody ModuleRequest request,
                                Caller caller) {
        commands.sendAndWait(new RecordModule(personId, request.moduleCode().strip(), request.title(),
                request.completedOn(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Record a skill assessment; a candidate's published skills follow their assessments")
    @PostMapping("/assessments")
    @PreAuthorize("hasRole('TRAINING_PROVIDER')")
    ResponseEntity<Void> assessment(@PathVariable PersonId personId, @Valid @RequestBody AssessmentRequest request,
                                    Caller caller) {
        commands.sendAndWait(new RecordAssessment(personId, request.skillCode().strip(), request.level(),
                request.assessor(), request.assessedOn(), request.evidenceReference(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "The trainee's training record: modules and assessments")
    @GetMapping("/training")
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','TRAINING_PROVIDER','WORKER')")
    Map<String, Object> record(@PathVariable String personId, Caller caller) {
        Acting acting = Callers.acting(caller);
        trainees.find(personId).filter(view -> acting.mayActFor(view.personId(), view.enrollingOrganisation())
                        || (acting.is("TRAINING_PROVIDER") && acting.organisation() != null
                        && acting.organisation().equals(view.trainingProvider())))
                .orElseThrow(() -> new NotFoundException("trainee you may see", personId));
        accessLog.record(personId, caller, "training record (modules and assessments)");
        return training.of(personId);
    }
}
