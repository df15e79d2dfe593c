package org.demarche.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemTypesTest {

    @Test
    void namesEveryKindOfProblemUnderOneAddress() {
        assertThat(ProblemTypes.of("sign-on-closed")).isEqualTo(URI.create("https://demarche.org/problems/sign-on-closed"));
        assertThat(ProblemTypes.INVALID_INPUT).hasToString("https://demarche.org/problems/invalid-input");
        assertThatIllegalArgumentException().isThrownBy(() -> ProblemTypes.of("Sign On"));
    }

    @Test
    void aProblemWithoutATypeOfItsOwnGetsTheOneOfItsStatus() {
        assertThat(ProblemTypes.typed(ProblemDetail.forStatus(HttpStatus.NOT_FOUND)).getType()).isEqualTo(ProblemTypes.NOT_FOUND);
        assertThat(ProblemTypes.typed(ProblemDetail.forStatus(HttpStatus.METHOD_NOT_ALLOWED)).getType())
                .hasToString("https://demarche.org/problems/method-not-allowed");
        assertThat(ProblemTypes.typed(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR)).getType())
                .hasToString("https://demarche.org/problems/server-error");
    }

    @Test
    void aProblemWithATypeOfItsOwnKeepsIt() {
        ProblemDetail closed = ProblemTypes.problem(HttpStatus.GONE, "sign-on-closed", "Signing closed", "closed");

        assertThat(ProblemTypes.typed(closed).getType()).hasToString("https://demarche.org/problems/sign-on-closed");
        assertThat(closed.getTitle()).isEqualTo("Signing closed");
    }

    @Test
    void invalidInputNamesItsFieldsUnderItsType() {
        ProblemDetail problem = ProblemDetailsAdvice.problem(java.util.List.of(new FieldProblem("country", "is required")));

        assertThat(problem.getType()).isEqualTo(ProblemTypes.INVALID_INPUT);
        assertThat(problem.getDetail()).isEqualTo("country: is required");
    }
}
