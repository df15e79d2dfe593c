package org.demarche.intake.imports;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/imports[/{id}]}: how an import is getting on, and what it did. */
@RestController
@RequestMapping("/api/imports")
class ImportRunController {

    private final ImportRuns runs;

    ImportRunController(ImportRuns runs) {
        this.runs = runs;
    }

    @GetMapping
    List<ImportRun> recent() {
        return runs.recent(50);
    }

    @GetMapping("/{id}")
    ResponseEntity<ImportRun> one(@PathVariable UUID id) {
        return ResponseEntity.of(runs.find(id));
    }
}
