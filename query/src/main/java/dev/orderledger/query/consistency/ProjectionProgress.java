package dev.orderledger.query.consistency;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far each projection (a streaming processing group) has come through the event store, as seen
 * by the segments this instance processes. A projection has processed a position when every one of
 * its segments is here and its token covers that position.
 */
@Component
public class ProjectionProgress {

    private final EventProcessingConfiguration processing;

    public ProjectionProgress(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The streaming processor of a processing group, if this instance runs one. */
    public Optional<StreamingEventProcessor> processor(String processingGroup) {
        return processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class);
    }

    /**
     * Whether the group's read model includes the effects of every event up to this position. Position
     * 0 is what a write into an empty event store answers with: there is nothing to have processed.
     */
    public boolean hasProcessed(String processingGroup, long position) {
        if (position == 0) {
            return true;
        }
        return processor(processingGroup)
                .map(processor -> processor.processingStatus().values())
                .filter(ProjectionProgress::coversEverySegment)
                .map(segments -> segments.stream().allMatch(segment -> covers(segment.getTrackingToken(), position)))
                .orElse(false);
    }

    /** The lowest position the group's segments have reached here; empty before every segment started. */
    public OptionalLong position(String processingGroup) {
        Collection<EventTrackerStatus> segments = processor(processingGroup)
                .map(processor -> processor.processingStatus().values()).orElse(List.of());
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments) {
            OptionalLong reached = segment.getCurrentPosition();
            if (reached.isEmpty()) {
                return OptionalLong.empty();
            }
            lowest = Math.min(lowest, reached.getAsLong());
        }
        return lowest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(lowest);
    }

    /** Segments split the sequence space in halves, quarters…; together here they must make a whole. */
    private static boolean coversEverySegment(Collection<EventTrackerStatus> segments) {
        double share = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return share > 0.999;
    }

    /**
     * A token covers a position when it went past it and saw its event: a position it skipped because
     * that transaction had not committed yet is a gap, not yet processed.
     */
    private static boolean covers(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return false;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }
}
