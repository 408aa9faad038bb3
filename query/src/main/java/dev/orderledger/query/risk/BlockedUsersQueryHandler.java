package dev.orderledger.query.risk;

import dev.orderledger.api.risk.BlockedUsers;
import dev.orderledger.api.risk.FindBlockedUsersQuery;
import dev.orderledger.projections.risk.UserStandingView;
import dev.orderledger.projections.risk.UserStandingViewRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers who is blocked now from the users' standing view, the latest blocked first. */
@Component
class BlockedUsersQueryHandler {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("changedAt"), Sort.Order.asc("userId"));

    private final UserStandingViewRepository standings;

    BlockedUsersQueryHandler(UserStandingViewRepository standings) {
        this.standings = standings;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    BlockedUsers handle(FindBlockedUsersQuery query) {
        Page<UserStandingView> found = standings.findByBlockedTrue(PageRequest.of(query.page(), query.size(), LATEST_FIRST));
        return new BlockedUsers(found.stream().map(UserStandingView::toBlocked).toList(), found.getTotalElements());
    }
}
