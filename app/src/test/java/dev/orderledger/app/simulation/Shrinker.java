package dev.orderledger.app.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin, complements only): drops ever smaller chunks of a failing history,
 * down to single actions, and keeps each smaller history that still fails, until no single action can
 * go or the budget is spent. Each try is a real run against the ledger, so it is costly: a number
 * of runs and a moment after which no new run starts bound it.
 */
final class Shrinker<T> {

    private final Predicate<List<T>> fails;
    private final int budget;
    private final long deadline;
    private int runs;

    /** @param deadline the {@link System#nanoTime()} after which no run starts */
    Shrinker(Predicate<List<T>> fails, int budget, long deadline) {
        this.fails = fails;
        this.budget = budget;
        this.deadline = deadline;
    }

    private boolean spent() {
        return runs >= budget || System.nanoTime() - deadline > 0;
    }

    /** The shortest failing sub-list found (the input itself when nothing smaller fails). */
    List<T> shrink(List<T> failing) {
        List<T> current = List.copyOf(failing);
        int chunks = 2;
        while (current.size() >= 2 && !spent()) {
            List<T> smaller = firstFailingComplement(current, chunks);
            if (smaller != null) {
                current = smaller;
                chunks = Math.max(chunks - 1, 2);
            } else if (chunks >= current.size()) {
                break;
            } else {
                chunks = Math.min(chunks * 2, current.size());
            }
        }
        return current;
    }

    int runs() {
        return runs;
    }

    /** One try outside the search (counted against the budget): whether this list fails; false once the budget is spent. */
    boolean fails(List<T> candidate) {
        if (spent()) {
            return false;
        }
        runs++;
        return fails.test(candidate);
    }

    private List<T> firstFailingComplement(List<T> current, int chunks) {
        int size = current.size();
        for (int chunk = 0; chunk < chunks && !spent(); chunk++) {
            int from = chunk * size / chunks;
            int to = (chunk + 1) * size / chunks;
            if (from == to) {
                continue;
            }
            List<T> complement = new ArrayList<>(current.subList(0, from));
            complement.addAll(current.subList(to, size));
            runs++;
            if (!complement.isEmpty() && fails.test(complement)) {
                return List.copyOf(complement);
            }
        }
        return null;
    }
}
