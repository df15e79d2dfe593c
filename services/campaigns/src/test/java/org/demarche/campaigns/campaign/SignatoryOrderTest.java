package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.demarche.events.Signatory;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SignatoryOrderTest {

    @Test
    void putsLeadPartnersFirstThenEveryoneByTimeOfSigning() {
        var early = signed("early", false, "2018-07-11T10:00:00Z");
        var lateLead = signed("late-lead", true, "2018-07-14T10:00:00Z");
        var earlyLead = signed("early-lead", true, "2018-07-12T10:00:00Z");
        var late = signed("late", false, "2018-07-16T10:00:00Z");

        var ordered = new ArrayList<>(List.of(late, early, lateLead, earlyLead));
        ordered.sort(Invitations.LETTER_ORDER);

        assertThat(ordered).extracting(Invitation::partnerId).containsExactly("early-lead", "late-lead", "early", "late");
    }

    @RepeatedTest(50)
    void theOrderDoesNotDependOnTheOrderAnswersArrived(RepetitionInfo repetition) {
        List<Invitation> answers = new ArrayList<>();
        // a seed per repetition: a failure names it and can be replayed
        long seed = 0x5EED_0000L + repetition.getCurrentRepetition();
        var random = new Random(seed);
        for (int i = 0; i < 1 + random.nextInt(100); i++) {
            // few distinct instants, so that ties are common
            answers.add(signed("p" + i, random.nextInt(4) == 0,
                    Instant.parse("2018-07-11T00:00:00Z").plusSeconds(random.nextInt(20) * 3600L).toString()));
        }
        var expected = new ArrayList<>(answers);
        expected.sort(Invitations.LETTER_ORDER);

        Collections.shuffle(answers, random);
        answers.sort(Invitations.LETTER_ORDER);

        assertThat(answers).as("seed %d", seed).containsExactlyElementsOf(expected);
        int firstNonLead = answers.stream().filter(i -> !i.lead()).findFirst().map(answers::indexOf).orElse(answers.size());
        assertThat(answers.subList(0, firstNonLead)).allMatch(Invitation::lead);
        assertThat(answers.subList(firstNonLead, answers.size())).noneMatch(Invitation::lead);
        for (int i = 1; i < firstNonLead; i++) {
            assertThat(answers.get(i).answeredAt()).isAfterOrEqualTo(answers.get(i - 1).answeredAt());
        }
        for (int i = firstNonLead + 1; i < answers.size(); i++) {
            assertThat(answers.get(i).answeredAt()).isAfterOrEqualTo(answers.get(i - 1).answeredAt());
        }
    }

    private static Invitation signed(String partner, boolean lead, String at) {
        return new Invitation(partner, Invitation.SIGNED, Instant.parse(at),
                new Signatory("Name of " + partner, "Director", "Org " + partner, "AZ"), null, lead, 1, 1, true, null,
                false);
    }
}
