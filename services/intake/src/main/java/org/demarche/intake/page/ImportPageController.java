package org.demarche.intake.page;

import org.demarche.intake.calendar.ReviewQueue;
import org.demarche.intake.imports.ImportRuns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /imports}: the coordinators' import page. */
@Controller
class ImportPageController {

    private static final int RECENT = 20;

    private final ImportRuns runs;
    private final ReviewQueue review;

    ImportPageController(ImportRuns runs, ReviewQueue review) {
        this.runs = runs;
        this.review = review;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("runs", runs.recent(RECENT));
        model.addAttribute("pendingReview", review.pending().size());
        return "imports";
    }
}
