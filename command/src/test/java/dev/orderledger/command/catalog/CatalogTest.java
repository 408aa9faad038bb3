package dev.orderledger.command.catalog;

import java.util.stream.Stream;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.AttributeId;
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
            commands.sendAndWait(new CreateCategoryCommand(CategoryId.of("top-up"), null, "充值", false, ProductType.VIRTUAL));
            commands.sendAndWait(new CreateCategoryCommand(CategoryId.of("mobile"), CategoryId.of("top-up"), "手机", false, null));
            commands.sendAndWait(new CreateCategoryCommand(CategoryId.of("data"), CategoryId.of("mobile"), "流量", true, null));

            assertThat(axon.eventStore().readEvents("data").asStream().findFirst().orElseThrow().getPayload())
                    .isEqualTo(new CategoryCreatedEvent(CategoryId.of("data"), CategoryId.of("mobile"), "流量", true, ProductType.VIRTUAL,
                            Stream.of("top-up", "mobile", "data").map(CategoryId::of).toList()));
            assertThatThrownBy(() -> commands.sendAndWait(new CreateCategoryCommand(CategoryId.of("orphan"), CategoryId.of("nowhere"), "x", false, null)))
                    .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("no category nowhere");
        } finally {
            axon.shutdown();
        }
    }

    @Test
    void aCategorySaysWhichAttributesItsItemsHave() {
        AggregateTestFixture<Category> fixture = new AggregateTestFixture<>(Category.class);
        CategoryCreatedEvent tees = new CategoryCreatedEvent(CategoryId.of("tees"), null, "T恤", false, ProductType.PHYSICAL, List.of(CategoryId.of("tees")));

        fixture.given(tees)
                .when(new SetCategoryAttributesCommand(CategoryId.of("tees"), List.of(AttributeId.of("201"), AttributeId.of("202"))))
                .expectEvents(new CategoryAttributesSetEvent(CategoryId.of("tees"), List.of(AttributeId.of("201"), AttributeId.of("202"))));
        fixture.given(tees, new CategoryAttributesSetEvent(CategoryId.of("tees"), List.of(AttributeId.of("201"), AttributeId.of("202"))))
                .when(new SetCategoryAttributesCommand(CategoryId.of("tees"), List.of(AttributeId.of("201"), AttributeId.of("202"))))
                .expectNoEvents();
    }

    @Test
    void brandsAndAttributesAreDefinedOnce() {
        new AggregateTestFixture<>(Brand.class).givenNoPriorActivity()
                .when(new CreateBrandCommand(BrandId.of("2001"), "NIKE"))
                .expectEvents(new BrandCreatedEvent(BrandId.of("2001"), "NIKE"));
        new AggregateTestFixture<>(AttributeDefinition.class).givenNoPriorActivity()
                .when(new DefineAttributeCommand(AttributeId.of("201"), "颜色", AttributeKind.SALES, List.of("黑色", "白色")))
                .expectEvents(new AttributeDefinedEvent(AttributeId.of("201"), "颜色", AttributeKind.SALES, List.of("黑色", "白色")));
    }
}
