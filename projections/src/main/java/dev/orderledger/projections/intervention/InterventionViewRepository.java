package dev.orderledger.projections.intervention;

import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

/** Reads and writes of the intervention queue view. */
public interface InterventionViewRepository extends JpaRepository<InterventionView, String> {

    List<InterventionView> findByStatusIn(Collection<InterventionStatus> statuses, Pageable page);

    List<InterventionView> findByStatusInAndProcess(Collection<InterventionStatus> statuses, InterventionProcess process,
                                                    Pageable page);
}
