package dev.orderledger.projections.risk;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes of the users' standing view. */
public interface UserStandingViewRepository extends JpaRepository<UserStandingView, String> {

    Page<UserStandingView> findByBlockedTrue(Pageable page);
}
