package dev.orderledger.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Plays what a simulated partner does with one request: each beat, after its delay, becomes the
 * partner's record of the request and is sent as a callback; the knobs reorder, repeat or drop the
 * callbacks (the record moves on regardless, so a status query still tells the truth).
 */
public final class CallbackScript {

    /** One thing the partner reports, this long after the previous one; the last beat is the final one. */
    public record Beat<V>(long delayMillis, V notice) {
    }

    private final Timeline timeline;
    private final CallbackSender sender;

    public CallbackScript(Timeline timeline, CallbackSender sender) {
        this.timeline = timeline;
        this.sender = sender;
    }

    /**
     * @param beats  the notices in their natural order, with their delays
     * @param record how the partner's own record of the request takes a notice
     */
    public <V> void play(List<Beat<V>> beats, CallbackKnobs knobs, Consumer<V> record) {
        if (beats.isEmpty()) {
            return;
        }
        List<V> notices = new ArrayList<>(beats.stream().map(Beat::notice).toList());
        if (knobs.reorder()) {
            Collections.rotate(notices, 1);
        }
        V last = beats.get(beats.size() - 1).notice();
        List<Timeline.Step> steps = new ArrayList<>();
        for (int i = 0; i < beats.size(); i++) {
            steps.add(step(beats.get(i).delayMillis(), notices.get(i), knobs, record));
        }
        for (int i = 0; i < knobs.duplicateCallbacks(); i++) {
            steps.add(step(0, last, knobs, record));
        }
        timeline.run(steps);
    }

    private <V> Timeline.Step step(long delayMillis, V notice, CallbackKnobs knobs, Consumer<V> record) {
        return new Timeline.Step(delayMillis, () -> {
            record.accept(notice);
            return knobs.dropCallbacks() ? CompletableFuture.completedFuture(null) : sender.send(notice);
        });
    }
}
