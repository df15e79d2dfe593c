package org.demarche.intake.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /}: where coordinators start — meetings and imports. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
