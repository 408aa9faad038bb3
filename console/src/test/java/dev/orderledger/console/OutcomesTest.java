package dev.orderledger.console;

import dev.orderledger.api.intervention.InterventionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesTest {

    @Test
    void aParameterNamesAConstantExactlyOrTheDefaultApplies() {
        assertThat(Outcomes.named(InterventionStatus.class, "RESOLVED", InterventionStatus.OPEN)).isEqualTo(InterventionStatus.RESOLVED);
        assertThat(Outcomes.named(InterventionStatus.class, "resolved", InterventionStatus.OPEN)).isEqualTo(InterventionStatus.OPEN);
        assertThat(Outcomes.named(InterventionStatus.class, null, InterventionStatus.OPEN)).isEqualTo(InterventionStatus.OPEN);
    }

    @Test
    void theRedirectNamesEachOutcomeEncodedAndLeavesOutWhatIsAbsent() {
        assertThat(Outcomes.redirect("/console/risk", "done", "blocked", "user", "a+b c&d", "note", null))
                .isEqualTo("redirect:/console/risk?done=blocked&user=a%2Bb+c%26d");
        assertThat(Outcomes.redirect("/console/projections")).isEqualTo("redirect:/console/projections");
    }
}
