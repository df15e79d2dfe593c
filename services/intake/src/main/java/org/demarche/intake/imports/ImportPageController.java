package org.demarche.intake.imports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /imports}: the coordinators' import page. */
@Controller
class ImportPageController {

    private static final int RECENT = 20;

    private final ImportRuns runs;
    private final WaitingForReview review;

    ImportPageController(ImportRuns runs, WaitingForReview review) {
        this.runs = runs;
        this.review = review;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("runs", runs.recent(RECENT));
        model.addAttribute("pendingReview", review.waitingForReview());
        return "imports/imports";
    }
}
