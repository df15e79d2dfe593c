package org.demarche.campaigns.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.demarche.campaigns.letter.EditablePart;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class DraftEditRequestTest {

    @Test
    void takesPartsByNameKeepingTheirTextAndLeavingOutEmptyOnes() {
        Map<String, String> parts = new HashMap<>();
        parts.put("ask", "  Please free him.  ");
        parts.put("earlierExchange", "");
        parts.put("meeting", null);

        var edits = new DraftEditRequest(parts, "shorter ask", null).validate();

        assertThat(edits.of(EditablePart.ASK)).contains("Please free him.");
        assertThat(edits.of(EditablePart.EARLIER_EXCHANGE)).contains("");
        assertThat(edits.of(EditablePart.MEETING)).isEmpty();
    }

    @Test
    void namesEveryFieldAtFault() {
        Map<String, String> parts = new HashMap<>();
        parts.put("greeting", "Hello");
        parts.put("title", " ");
        parts.put("situation", "x".repeat(DraftEditRequest.MAX_PART_LENGTH + 1));

        assertThatThrownBy(() -> new DraftEditRequest(parts, " ", "the whole letter").validate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("text", "reason", "parts.greeting", "parts.title", "parts.situation"));
        assertThatThrownBy(() -> new DraftEditRequest(null, "why", null).validate())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).isEqualTo(List.of("parts")));
    }
}
