package dev.orderledger.projections.intervention;

import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Reads and writes of the intervention queue view. */
public interface InterventionViewRepository extends JpaRepository<InterventionView, String> {

    List<InterventionView> findByStatusIn(Collection<InterventionStatus> statuses, Pageable page);

    List<InterventionView> findByStatusInAndProcess(Collection<InterventionStatus> statuses, InterventionProcess process,
                                                    Pageable page);

    /**
     * The interventions open at some moment from {@code from} to {@code until}: raised before its end, and not
     * resolved, or resolved (last changed) after its start.
     */
    @Query("select i from InterventionView i where i.raisedAt < :until"
           + " and (i.status <> dev.orderledger.api.intervention.InterventionStatus.RESOLVED or i.updatedAt >= :from)")
    List<InterventionView> findOpenDuring(@Param("from") Instant from, @Param("until") Instant until);
}
