package dev.orderledger.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Public product search: anyone may look, no token needed. */
@RestController
@RequestMapping("/api/products")
class ProductSearchController {

    private final ProductIndex index;

    ProductSearchController(ProductIndex index) {
        this.index = index;
    }

    @GetMapping("/search")
    SearchResults search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new SearchResults(q, page, size, index.search(q, page * size, size));
    }

    record SearchResults(String query, int page, int size, List<ProductDocument> items) {
    }
}
