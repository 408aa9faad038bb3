package dev.orderledger.app.operations;

import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins see the order flow's backlog and set the backlog past which new placements are refused (load shedding). */
@RestController
@RequestMapping("/api/admin/admission")
@PreAuthorize("hasRole('ADMIN')")
class AdmissionController {

    private final Admission admission;

    AdmissionController(Admission admission) {
        this.admission = admission;
    }

    @GetMapping
    AdmissionStatus status() {
        return admission.status();
    }

    @PutMapping
    AdmissionStatus limit(@Valid @RequestBody Limit request, Actor admin) {
        return admission.limit(request.maxBacklog(), admin.userId().value());
    }

    /** The backlog, in events, past which new placements are refused; 0 never refuses. */
    record Limit(@NotNull @Min(0) @Max(100_000_000) Long maxBacklog) {
    }
}
