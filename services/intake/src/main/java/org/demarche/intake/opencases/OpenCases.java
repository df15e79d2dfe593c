package org.demarche.intake.opencases;

import java.util.List;

import org.springframework.stereotype.Service;

/** Which countries have open cases, for the features that follow them. */
@Service
public class OpenCases {

    private final RegisteredCases cases;

    OpenCases(RegisteredCases cases) {
        this.cases = cases;
    }

    /** ISO 3166-1 alpha-2 codes, each once, alphabetically. */
    public List<String> countries() {
        return cases.countriesWithOpenCases();
    }
}
