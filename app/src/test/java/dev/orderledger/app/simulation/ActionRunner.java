package dev.orderledger.app.simulation;

import java.time.Duration;
import java.util.List;

/**
 * Plays a history (or the part of it a shrinker kept) against the ledger in a fresh {@link World}, lets
 * it settle, and checks every invariant; what broke is in the world's violations. An action whose
 * subject the history does not have (a product a shrunk history never made) is skipped.
 */
final class ActionRunner {

    /** How long a history's processes get to settle before what still moves counts as stuck. */
    static final Duration SETTLE = Duration.ofSeconds(30);
    /** How long the actors of a history wait, at most, when it pauses. */
    static final Duration PAUSE = Duration.ofSeconds(3);

    private ActionRunner() {
    }

    /** A generated action and its number in the generated history (kept when a shrinker drops others). */
    record Step(int index, Action action) {

        @Override
        public String toString() {
            return "#" + index + " " + action;
        }
    }

    static World run(SimulationContext ctx, long seed, int attempt, List<Step> steps) {
        World world = new World(ctx, seed, attempt);
        ctx.tally().runs.incrementAndGet();
        try {
            long started = System.nanoTime();
            for (Step step : steps) {
                world.step = step.index();
                long before = System.nanoTime();
                boolean played = play(world, step.action());
                ctx.tally().played(step.action().getClass().getSimpleName(), System.nanoTime() - before);
                if (played) {
                    ctx.tally().actions.incrementAndGet();
                } else {
                    world.skipped.add(step.index());
                    ctx.tally().skipped.incrementAndGet();
                }
            }
            long playedAll = System.nanoTime();
            ctx.tally().playNanos.addAndGet(playedAll - started);
            Settling.Rest rest = Settling.settle(world, SETTLE);
            long settled = System.nanoTime();
            ctx.tally().settleNanos.addAndGet(settled - playedAll);
            Invariants.check(world, rest);
            BookChecks.check(world, rest);
            ctx.tally().checkNanos.addAndGet(System.nanoTime() - settled);
        } catch (RuntimeException | AssertionError broken) {
            world.violated("HARNESS", broken.toString());
        }
        return world;
    }

    /** @return false when the action was skipped */
    private static boolean play(World world, Action action) {
        if (action instanceof Action.NewProduct created) {
            return ShopActions.newProduct(world, created);
        } else if (action instanceof Action.ReceiveStock received) {
            return ShopActions.receiveStock(world, received);
        } else if (action instanceof Action.AdjustStock adjusted) {
            return ShopActions.adjustStock(world, adjusted);
        } else if (action instanceof Action.ChangePrice changed) {
            return ShopActions.changePrice(world, changed);
        } else if (action instanceof Action.Shelve shelved) {
            return ShopActions.shelve(world, shelved);
        } else if (action instanceof Action.Fund funded) {
            return ShopActions.fund(world, funded);
        } else if (action instanceof Action.Place placed) {
            return OrderActions.place(world, placed);
        } else if (action instanceof Action.Pay paid) {
            return OrderActions.pay(world, paid);
        } else if (action instanceof Action.Cancel cancelled) {
            return OrderActions.cancel(world, cancelled);
        } else if (action instanceof Action.Ship shipped) {
            return OrderActions.ship(world, shipped);
        } else if (action instanceof Action.ConfirmReceipt confirmed) {
            return OrderActions.confirmReceipt(world, confirmed);
        } else if (action instanceof Action.RequestRefund requested) {
            return RefundActions.request(world, requested);
        } else if (action instanceof Action.Decide decided) {
            return RefundActions.decide(world, decided);
        } else if (action instanceof Action.ShipReturn sent) {
            return RefundActions.shipReturn(world, sent);
        } else if (action instanceof Action.ReceiveReturn received) {
            return RefundActions.receiveReturn(world, received);
        } else if (action instanceof Action.Arbitrate arbitrated) {
            return RefundActions.arbitrate(world, arbitrated);
        } else if (action instanceof Action.Intervene intervened) {
            return RefundActions.intervene(world, intervened);
        }
        Settling.settle(world, PAUSE);
        return true;
    }
}
