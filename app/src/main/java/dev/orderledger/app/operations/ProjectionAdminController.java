package dev.orderledger.app.operations;

import dev.orderledger.api.operations.DeadLetterView;
import dev.orderledger.api.operations.RetryOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Admins watch the projections, handle their dead letters and rebuild them. The parameters' constraints
 * are checked by Spring MVC's own method validation (400 naming the parameter); a class-level
 * {@code @Validated} would check them with a proxy instead, whose exception no handler maps.
 */
@RestController
@RequestMapping("/api/admin/projections")
@PreAuthorize("hasRole('ADMIN')")
class ProjectionAdminController {

    private static final String NAME = "[a-z][a-z0-9-]{0,63}";

    private final ProjectionOperations projections;

    ProjectionAdminController(ProjectionOperations projections) {
        this.projections = projections;
    }

    @GetMapping
    List<ProjectionStatus> list() {
        return projections.statuses();
    }

    @GetMapping("/{name}")
    ProjectionStatus status(@PathVariable @Pattern(regexp = NAME) String name) {
        return projections.status(name);
    }

    @GetMapping("/{name}/dead-letters")
    List<DeadLetterView> deadLetters(@PathVariable @Pattern(regexp = NAME) String name,
                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return projections.deadLetters(name, limit);
    }

    @PostMapping("/{name}/dead-letters/retry")
    RetryOutcome retry(@PathVariable @Pattern(regexp = NAME) String name) {
        return projections.retryDeadLetters(name);
    }

    @DeleteMapping("/{name}/dead-letters/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void drop(@PathVariable @Pattern(regexp = NAME) String name,
              @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String eventId) {
        projections.dropDeadLetter(name, eventId);
    }

    /** Starts the rebuild and answers at once; the status shows the replay's progress. */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionStatus rebuild(@PathVariable @Pattern(regexp = NAME) String name) {
        return projections.rebuild(name);
    }
}
