package org.corridor.skills.trainee.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.skills.access.Acting;
import org.corridor.skills.access.web.Callers;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.trainee.api.Consent;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.EnrolTrainee;
import org.corridor.skills.trainee.api.Activation;
import org.corridor.skills.trainee.api.IssueActivation;
import org.corridor.skills.trainee.api.LanguageSkill;
import org.corridor.skills.trainee.api.PersonalDetails;
import org.corridor.skills.trainee.api.SwitchTrack;
import org.corridor.skills.trainee.api.WithdrawConsent;
import org.corridor.skills.trainee.query.TraineeQueries;
import org.corridor.skills.trainee.query.TraineeQueries.TraineeSearch;
import org.corridor.skills.trainee.query.TraineeTimeline;
import org.corridor.skills.trainee.query.TraineeView;
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

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/trainees")
@Validated
class TraineeController {

    private final CommandGateway commands;
    private final TraineeQueries trainees;
    private final TraineeTimeline timeline;
    private final BulkEnrolment bulk;
    private final ActivationCodes activationCodes;
    private final EnrolmentImportStore imports;
    private final PersonErasures erasures;
    private final AccessLog accessLog;

    TraineeController(CommandGateway commands, TraineeQueries trainees, TraineeTimeline timeline, BulkEnrolment bulk,
                      ActivationCodes activationCodes, EnrolmentImportStore imports, PersonErasures erasures,
                      AccessLog accessLog) {
        this.imports = imports;
        this.erasures = erasures;
        this.accessLog = accessLog;
        this.commands = commands;
        this.trainees = trainees;
        this.timeline = timeline;
        this.bulk = bulk;
        this.activationCodes = activationCodes;
    }

    @Operation(summary = "Enrol the rows of a CSV file in a scheme: header row, UTF-8 with or without BOM, ',' or ';', "
            + "quoted fields; each bad row is reported with line, field and reason and not enrolled, good rows are; "
            + "rows of people already enrolled are reported as such, so a second upload enrols nobody twice; answers "
            + "when the whole file is handled, with each enrolled person's activation code shown this once (for large "
            + "files use POST /schemes/{schemeId}/enrolment-imports, which answers at once and shows progress)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = "text/csv", examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = """
                    fullName;birthDate;phone;email;gender;languages;track;intakeYear;iscoCode;trainingProvider;consent
                    "Santos, Maria";1998-04-17;+63 917 555 0101;;FEMALE;de:A2 en:B2;AWAY;2027;5321;tesda-manila;TRAINING RECOGNITION PLACEMENT"""))))
    @PostMapping("/bulk/{schemeId}")
    @PreAuthorize("hasRole('ORIGIN_AGENCY')")
    BulkEnrolment.Report enrolAll(@PathVariable SchemeId schemeId, InputStream body,
                                  Caller caller) {
        return bulk.enrol(schemeId, body, Callers.acting(caller));
    }

    @Operation(summary = "Enrol a person in a scheme whose origin is the agency's country; returns the person id "
            + "their own login will carry and, this once, the code that activates that login (print it in the "
            + "person's letter: it is not kept and cannot be shown again; a lost one is replaced with "
            + "POST /trainees/{personId}/activations)")
    @PostMapping
    @PreAuthorize("hasRole('ORIGIN_AGENCY')")
    ResponseEntity<Enrolled> enrol(@Valid @RequestBody EnrolTraineeRequest request, Caller caller) {
        PersonId personId = PersonId.generate();
        ActivationCodes.Issued activation = activationCodes.issue();
        commands.sendAndWait(command(request, personId, Callers.acting(caller), Instant.now(), activation.activation()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(personId.value()).toUri())
                .body(new Enrolled(personId.value(), activation.code().code(), activation.expiresAt()));
    }

    /** The person enrolled, and the code that activates their own login, shown this once. */
    record Enrolled(String personId, String activationCode, Instant activationExpiresAt) {
    }

    @Operation(summary = "Issue a new activation code for a person the agency enrolled (the letter with the first "
            + "one was lost): every earlier code stops working; the new one is shown this once")
    @PostMapping("/{personId}/activations")
    @PreAuthorize("hasRole('ORIGIN_AGENCY')")
    ResponseEntity<ActivationIssued> reissueActivation(@PathVariable PersonId personId, Caller caller) {
        Acting acting = Callers.acting(caller);
        if (trainees.find(personId.value()).filter(view -> acting.mayActFor(view.personId(),
                view.enrollingOrganisation())).isEmpty()) {
            throw new NotFoundException("trainee your agency enrolled", personId.value());
        }
        ActivationCodes.Issued activation = activationCodes.issue();
        commands.sendAndWait(new IssueActivation(personId, activation.activation(), acting));
        imports.forgetLetters(personId.value());
        accessLog.record(personId.value(), caller, "new activation code for the person's account");
        return ResponseEntity.status(201).body(new ActivationIssued(personId.value(), activation.code().code(),
                activation.expiresAt()));
    }

    /** A new activation code, shown this once. */
    record ActivationIssued(String personId, String activationCode, Instant expiresAt) {
    }

    static EnrolTrainee command(EnrolTraineeRequest r, PersonId personId, Acting acting, Instant consentedAt,
                                Activation activation) {
        return new EnrolTrainee(personId, r.schemeId(), acting.organisation(), CountryCode.of(acting.country()),
                new PersonalDetails(r.fullName(), r.birthDate(), r.phone(), r.email(), r.gender()),
                r.languages() == null ? List.of() : r.languages().stream()
                        .map(l -> new LanguageSkill(l.language(), l.level())).toList(),
                r.track(), r.intakeYear(), r.iscoCode(), r.trainingProvider(),
                new Consent(r.consentPurposes(), consentedAt), activation);
    }

    @Operation(summary = "A trainee: to the agency that enrolled them, their training provider, or themselves")
    @GetMapping("/{personId}")
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','TRAINING_PROVIDER','WORKER')")
    TraineeView get(@PathVariable String personId, Caller caller) {
        TraineeView view = visible(personId, Callers.acting(caller));
        accessLog.record(view.personId(), caller, "trainee record");
        return view;
    }

    @Operation(summary = "Search the caller's trainees by scheme, status, track, occupation and name; paginated and "
            + "sorted (enrolledAt, -enrolledAt or name)")
    @GetMapping
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','TRAINING_PROVIDER')")
    PageOf<TraineeView> search(@RequestParam(required = false) String schemeId,
                               @RequestParam(required = false) @Pattern(regexp = "ENROLLED|WITHDRAWN|PLACED|ERASED") String status,
                               @RequestParam(required = false) Track track,
                               @RequestParam(required = false) @Pattern(regexp = "[0-9]{4}") String iscoCode,
                               @RequestParam(required = false) @Size(max = 100) String name,
                               @RequestParam(defaultValue = "enrolledAt") @Pattern(regexp = "enrolledAt|-enrolledAt|name") String sort,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                               Caller caller) {
        Acting acting = Callers.acting(caller);
        TraineeSearch search = new TraineeSearch(acting.is("ORIGIN_AGENCY") ? acting.organisation() : null,
                acting.is("ORIGIN_AGENCY") ? null : acting.organisation(), schemeId, status,
                track == null ? null : track.name(), iscoCode, name, sort);
        List<TraineeView> items = trainees.search(search, page, size);
        accessLog.recordAll(items.stream().map(TraineeView::personId).distinct().toList(), caller,
                "trainee record in a search of trainees");
        // A page that is not full ends the listing: its total is known without counting (a second scan).
        long total = !items.isEmpty() && items.size() < size || page == 0 && items.isEmpty()
                ? (long) page * size + items.size() : trainees.count(search);
        return new PageOf<>(items, page, size, total);
    }

    @Operation(summary = "Withdraw consent for some purposes (or all, with an empty list): use stops at once, and "
            + "without PLACEMENT the person leaves matching")
    @PostMapping("/{personId}/consent-withdrawals")
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','WORKER')")
    ResponseEntity<Void> withdrawConsent(@PathVariable PersonId personId, @Valid @RequestBody WithdrawalRequest request,
                                         Caller caller) {
        commands.sendAndWait(new WithdrawConsent(personId, request.purposes() == null ? Set.of() : request.purposes(),
                Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    record WithdrawalRequest(Set<ConsentPurpose> purposes) {
    }

    @Operation(summary = "Switch to the other track, while the other track has room and the trainee is not placed")
    @PostMapping("/{personId}/track")
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','WORKER')")
    ResponseEntity<Void> switchTrack(@PathVariable PersonId personId, @Valid @RequestBody TrackRequest request,
                                     Caller caller) {
        commands.sendAndWait(new SwitchTrack(personId, request.track(), Callers.acting(caller)));
        return ResponseEntity.accepted().build();
    }

    record TrackRequest(@jakarta.validation.constraints.NotNull Track track) {
    }

    @Operation(summary = "Erase a person from skills-recognition only, at their request: their key is destroyed, "
            + "their records cleared, their identity index removed, their place released and they leave matching. "
            + "To erase a person from the whole platform, ask identity (POST /erasures), which reaches every "
            + "service; this takes the same path here")
    @PostMapping("/{personId}/erasure")
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','WORKER')")
    ResponseEntity<Void> erase(@PathVariable PersonId personId, Caller caller) {
        Acting acting = Callers.acting(caller);
        erasures.erase(UUID.randomUUID().toString(), personId, acting.is("WORKER") ? "PERSON" : "ORIGIN_AGENCY",
                acting, false);
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "A trainee's timeline from the event store: what happened, who did it, when")
    @GetMapping("/{personId}/timeline")
    @PreAuthorize("hasAnyRole('ORIGIN_AGENCY','TRAINING_PROVIDER','WORKER')")
    List<TraineeTimeline.Entry> timeline(@PathVariable String personId,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                         Caller caller) {
        visible(personId, Callers.acting(caller));
        accessLog.record(personId, caller, "timeline of the trainee record");
        return timeline.of(personId, page, size);
    }

    private TraineeView visible(String personId, Acting acting) {
        return trainees.find(personId)
                .filter(view -> acting.mayActFor(view.personId(), view.enrollingOrganisation())
                        || (acting.is("TRAINING_PROVIDER") && acting.organisation() != null
                        && acting.organisation().equals(view.trainingProvider())))
                .orElseThrow(() -> new NotFoundException("trainee you may see", personId));
    }
}
