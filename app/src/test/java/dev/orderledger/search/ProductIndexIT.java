package dev.orderledger.search;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The index against the real Elasticsearch node: redelivered and stale writes are no-ops. */
class ProductIndexIT extends LedgerIntegrationTest {

    @Autowired
    ProductIndex index;

    @Test
    void aRedeliveredOrStaleWriteChangesNothingAndFailsNothing() {
        String productId = "idx-" + UUID.randomUUID();
        ProductDocument draft = ProductDocument.of(new ProductCreatedEvent(ProductId.of(productId), "seller-1",
                ProductType.PHYSICAL, null, null, null, "Index probe", "", List.<Attribute>of(),
                List.of(new SkuSpec(SkuId.of("s-1"), "one", Money.of("5.00", "CNY"), List.of())), "digest"));

        index.put(draft, 0);
        index.put(draft.withStatus(ProductStatus.ON_SHELF), 3);
        index.put(draft, 0);
        index.put(draft.withStatus(ProductStatus.OFF_SHELF), 2);

        assertThat(index.find(productId)).get().extracting(ProductDocument::status).isEqualTo("ON_SHELF");
    }
}
