package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.AttributeDefinedEvent;
import dev.orderledger.api.catalog.AttributeKind;
import dev.orderledger.api.catalog.BrandCreatedEvent;
import dev.orderledger.api.catalog.CategoryAttributesSetEvent;
import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.catalog.CreateBrandCommand;
import dev.orderledger.api.catalog.CreateCategoryCommand;
import dev.orderledger.api.catalog.DefineAttributeCommand;
import dev.orderledger.api.catalog.SetCategoryAttributesCommand;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.product.ProductType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    @Test
    void categoriesFormATreeOfAnyDepthAndInheritTheKindOfGoods() {
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Category.class)
                .configureAggregate(Brand.class)
                .registerCommandHandler(c -> new EventSourcedTaxonomy(c.repository(Category.class), c.repository(Brand.class)))
                .buildConfiguration();
        axon.start();
        try {
            CommandGateway commands = axon.commandGateway();
            commands.sendAndWait(new CreateCategoryCommand("top-up", null, "充值", false, ProductType.VIRTUAL));
            commands.sendAndWait(new CreateCategoryCommand("mobile", "top-up", "手机", false, null));
            commands.sendAndWait(new CreateCategoryCommand("data", "mobile", "流量", true, null));

            assertThat(axon.eventStore().readEvents("data").asStream().findFirst().orElseThrow().getPayload())
                    .isEqualTo(new CategoryCreatedEvent("data", "mobile", "流量", true, ProductType.VIRTUAL,
                            List.of("top-up", "mobile", "data")));
            assertThatThrownBy(() -> commands.sendAndWait(new CreateCategoryCommand("orphan", "nowhere", "x", false, null)))
                    .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("no category nowhere");
        } finally {
            axon.shutdown();
        }
    }

    @Test
    void aCategorySaysWhichAttributesItsItemsHave() {
        AggregateTestFixture<Category> fixture = new AggregateTestFixture<>(Category.class);
        CategoryCreatedEvent tees = new CategoryCreatedEvent("tees", null, "T恤", false, ProductType.PHYSICAL, List.of("tees"));

        fixture.given(tees)
                .when(new SetCategoryAttributesCommand("tees", List.of("201", "202")))
                .expectEvents(new CategoryAttributesSetEvent("tees", List.of("201", "202")));
        fixture.given(tees, new CategoryAttributesSetEvent("tees", List.of("201", "202")))
                .when(new SetCategoryAttributesCommand("tees", List.of("201", "202")))
                .expectNoEvents();
    }

    @Test
    void brandsAndAttributesAreDefinedOnce() {
        new AggregateTestFixture<>(Brand.class).givenNoPriorActivity()
                .when(new CreateBrandCommand("2001", "NIKE"))
                .expectEvents(new BrandCreatedEvent("2001", "NIKE"));
        new AggregateTestFixture<>(AttributeDefinition.class).givenNoPriorActivity()
                .when(new DefineAttributeCommand("201", "颜色", AttributeKind.SALES, List.of("黑色", "白色")))
                .expectEvents(new AttributeDefinedEvent("201", "颜色", AttributeKind.SALES, List.of("黑色", "白色")));
    }
}
