package org.corridor.kernel.messaging.sample;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/dossiers")
class DossierController {

    private final CommandGateway commands;

    DossierController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> open(@RequestBody Map<String, String> request) {
        String dossierId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(dossierId, request.get("title")));
        return ResponseEntity.status(201).body(Map.of("dossierId", dossierId));
    }
}
