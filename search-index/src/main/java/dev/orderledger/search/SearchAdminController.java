package dev.orderledger.search;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the search index; under /api/admin, so for admins only. */
@RestController
@RequestMapping("/api/admin/search")
class SearchAdminController {

    private final SearchIndexRebuild rebuild;

    SearchAdminController(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Rebuilds the product index from the event history while search keeps answering; returns when the alias has moved. */
    @PostMapping("/rebuild")
    SearchIndexRebuild.Report rebuild() {
        return rebuild.rebuild();
    }
}
