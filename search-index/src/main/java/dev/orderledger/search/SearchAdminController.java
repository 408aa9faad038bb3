package dev.orderledger.search;

import dev.orderledger.api.operations.SearchIndexRebuildProgress;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** How the latest rebuild goes (the console starts one in the background and follows it). */
    @GetMapping("/rebuild")
    SearchIndexRebuildProgress progress() {
        return rebuild.progress();
    }

    /** Rebuilds the product index from the event history while search keeps answering; returns when the alias has moved. */
    @PostMapping("/rebuild")
    SearchIndexRebuild.Report rebuild() {
        return rebuild.rebuild();
    }
}
