package dev.orderledger.app.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulation's own parts that need no ledger: the generator is a function of the seed, and the shrinker finds the core. */
class HarnessTest {

    @Test
    void theSameSeedAlwaysGivesTheSameHistoryAndAnotherSeedAnother() {
        assertThat(HistoryGenerator.history(42)).isEqualTo(HistoryGenerator.history(42));
        assertThat(HistoryGenerator.history(42)).isNotEqualTo(HistoryGenerator.history(43));
    }

    @Test
    void everyHistoryIsShortAndStartsWithAProduct() {
        for (long seed = 1; seed <= 200; seed++) {
            List<Action> history = HistoryGenerator.history(seed);
            assertThat(history).as("seed " + seed).hasSizeBetween(HistoryGenerator.MIN_ACTIONS, HistoryGenerator.MAX_ACTIONS + 2);
            assertThat(history.get(0)).as("seed " + seed).isInstanceOf(Action.NewProduct.class);
        }
    }

    @Test
    void aLateSuccessIsAlwaysFollowedByTheCancellationItMustOvertake() {
        for (long seed = 1; seed <= 300; seed++) {
            List<Action> history = HistoryGenerator.history(seed);
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i) instanceof Action.Pay pay && pay.gateway() == Misbehaviour.Gateway.LATE) {
                    assertThat(history.get(i + 1)).as("seed " + seed).isInstanceOf(Action.Cancel.class);
                }
            }
        }
    }

    @Test
    void aViolationIsTheSameFailureInAnotherRunWhateverItsIdsAndAmounts() {
        Violation first = new Violation("STUCK", "the gateway took 143.13 CNY for pay order vAs5a000-q0 of order "
                + "1796473861000629002 and buyer-wallet:10000744");
        Violation again = new Violation("STUCK", "the gateway took 99.00 CNY for pay order vAs5a007-q0 of order "
                + "1796473999000629111 and buyer-wallet:10000931");
        Violation other = new Violation("STUCK", "the gateway took 99.00 CNY for pay order vAs5a007-q1 of order "
                + "1796473999000629111 and buyer-wallet:10000931");

        assertThat(again.signature("vAs5a007")).isEqualTo(first.signature("vAs5a000"));
        assertThat(other.signature("vAs5a007")).isNotEqualTo(first.signature("vAs5a000"));
    }

    @Test
    void theShrinkerKeepsOnlyWhatTheFailureNeeds() {
        Set<Integer> culprits = Set.of(3, 11, 17);
        Shrinker<Integer> shrinker = new Shrinker<>(candidate -> candidate.containsAll(culprits), 200,
                System.nanoTime() + 60_000_000_000L);

        List<Integer> minimal = shrinker.shrink(IntStream.range(0, 24).boxed().toList());

        assertThat(minimal).containsExactly(3, 11, 17);
    }

    @Test
    void theShrinkerStopsWhenItsBudgetIsSpent() {
        Shrinker<Integer> shrinker = new Shrinker<>(candidate -> candidate.contains(5), 3, System.nanoTime() + 60_000_000_000L);

        List<Integer> shrunk = shrinker.shrink(IntStream.range(0, 24).boxed().toList());

        assertThat(shrinker.runs()).isEqualTo(3);
        assertThat(shrunk).contains(5).hasSizeGreaterThan(1);
    }
}
