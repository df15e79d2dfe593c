package org.demarche.platform.security;

import java.security.Principal;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service's API and page in miniature, to try the common rules on. */
@RestController
class AccessTestController {

    @GetMapping("/api/things")
    Map<String, String> read(Principal principal) {
        return Map.of("reader", principal.getName());
    }

    @PostMapping("/api/things")
    Map<String, String> change(Principal principal) {
        return Map.of("changer", principal.getName());
    }

    @GetMapping("/page")
    String page() {
        return "a page";
    }

    @PostMapping("/page")
    String form() {
        return "a form was sent";
    }
}
