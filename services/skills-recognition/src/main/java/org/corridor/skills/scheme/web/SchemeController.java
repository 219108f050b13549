package org.corridor.skills.scheme.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.types.SchemeId;
import org.corridor.kernel.web.NotFoundException;
import org.corridor.kernel.web.PageOf;
import org.corridor.skills.scheme.api.DefineScheme;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.TrackQuota;
import org.corridor.skills.scheme.query.SchemeProjection;
import org.corridor.skills.scheme.query.SchemeView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Map;

@RestController
@RequestMapping("/schemes")
@Validated
class SchemeController {

    private final CommandGateway commands;
    private final SchemeProjection schemes;

    SchemeController(CommandGateway commands, SchemeProjection schemes) {
        this.commands = commands;
        this.schemes = schemes;
    }

    @Operation(summary = "Define a scheme: corridor, occupations with wage floors, quotas per track")
    @PostMapping
    @PreAuthorize("hasRole('SCHEME_ADMIN')")
    ResponseEntity<Map<String, String>> define(@Valid @RequestBody DefineSchemeRequest request) {
        SchemeId schemeId = SchemeId.generate();
        commands.sendAndWait(new DefineScheme(schemeId, request.name(), request.originCountry(),
                request.destinationCountry(), request.trainingStandard(),
                request.occupations().stream()
                        .map(o -> new Occupation(o.iscoCode(), o.title().strip(), o.monthlyWageFloor())).toList(),
                request.quotas().stream().map(q -> new TrackQuota(q.track(), q.places())).toList()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(schemeId.value()).toUri()).body(Map.of("schemeId", schemeId.value()));
    }

    @Operation(summary = "A scheme as defined")
    @GetMapping("/{schemeId}")
    SchemeView get(@PathVariable String schemeId) {
        return schemes.find(schemeId).orElseThrow(() -> new NotFoundException("scheme", schemeId));
    }

    @Operation(summary = "Schemes, a page at a time")
    @GetMapping
    PageOf<SchemeView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PageOf<>(schemes.list(page, size), page, size, schemes.count());
    }
}
