package dev.orderledger.app.cluster;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins see the live nodes of the database and which node holds each processor's segments. */
@RestController
@RequestMapping("/api/admin/cluster")
@PreAuthorize("hasRole('ADMIN')")
class ClusterController {

    private final SegmentClaims claims;

    ClusterController(SegmentClaims claims) {
        this.claims = claims;
    }

    @GetMapping
    ClusterStatus status() {
        return claims.now();
    }
}
