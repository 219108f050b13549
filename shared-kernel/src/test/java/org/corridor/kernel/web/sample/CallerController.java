package org.corridor.kernel.web.sample;

import org.corridor.kernel.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
class CallerController {

    @GetMapping("/caller")
    Map<String, Caller> caller(Caller caller) {
        return Map.of("parameter", caller, "current", Caller.current());
    }
}
