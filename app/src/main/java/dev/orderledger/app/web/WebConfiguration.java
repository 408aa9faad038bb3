package dev.orderledger.app.web;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.security.Actor;
import dev.orderledger.app.axon.EventPositions;
import dev.orderledger.app.operations.Admission;
import dev.orderledger.api.common.ConsistencyToken;
import dev.orderledger.query.consistency.ReadYourWrites;
import io.swagger.v3.oas.models.Components;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Map;

/** MVC additions (the actor parameter, typed ids in paths, the text guard) and the OpenAPI description (bearer security scheme, problem details schema). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
        SpringDocUtils.getConfig().replaceWithClass(AccountId.class, String.class);
    }

    /**
     * Typed path variables and parameters: a value their parser refuses is a type mismatch, answered
     * 400 naming the variable (see {@link ProblemDetailsAdvice}).
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, AccountId.class, AccountId::parse);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestTextGuard());
    }

    /** Runs before security, so that answers given by filters inside it (idempotent replays) carry a token too. */
    @Bean
    FilterRegistrationBean<ConsistencyTokenFilter> consistencyTokenFilter(EventPositions positions) {
        FilterRegistrationBean<ConsistencyTokenFilter> registration =
                new FilterRegistrationBean<>(new ConsistencyTokenFilter(positions));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** The filter's token is the position of the events the request appended: the event store notes them on the request. */
    @Bean
    InitializingBean eventsOfEachRequest(EventStore eventStore) {
        return () -> eventStore.registerDispatchInterceptor(ConsistencyTokenFilter.eventsOfTheRequest());
    }

    /**
     * Sheds new placements while the order flow is too far behind; runs before security and the
     * idempotency records, so that a refused placement costs little and leaves nothing behind.
     */
    @Bean
    FilterRegistrationBean<PlacementAdmission> placementAdmission(Admission admission, Problems problems) {
        FilterRegistrationBean<PlacementAdmission> registration =
                new FilterRegistrationBean<>(new PlacementAdmission(admission::refuses, problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }

    /** Query endpoints that can wait for a write say so: the optional consistency token header. */
    @Bean
    OperationCustomizer consistencyTokenParameter() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(ReadYourWrites.class)) {
                operation.addParametersItem(new HeaderParameter().name(ConsistencyToken.HEADER).required(false)
                        .description("the X-Consistency-Token a write answered with: the read waits until it can see "
                                + "that write, or answers 503 read-model-behind")
                        .schema(new Schema<String>().type("string").pattern("\\d{1,19}")));
            }
            return operation;
        };
    }

    /** The problem details schema, and on every operation the problem responses it can give. */
    @Bean
    OpenApiCustomizer problemResponses() {
        Schema<?> problem = new Schema<Map<String, Object>>()
                .type("object")
                .description("RFC 9457 problem details; 'errors' lists the fields at fault, 'reason' names a "
                        + "business refusal, 'currentState' the state a command conflicted with")
                .addProperty("type", new Schema<String>().type("string").format("uri"))
                .addProperty("title", new Schema<String>().type("string"))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new Schema<String>().type("string"))
                .addProperty("instance", new Schema<String>().type("string").format("uri"))
                .addProperty("correlationId", new Schema<String>().type("string"))
                .addProperty("reason", new Schema<String>().type("string"))
                .addProperty("currentState", new Schema<String>().type("string"));

        Map<String, String> errors = Map.of(
                "400", "Malformed or invalid input; 'errors' names the fields",
                "401", "No valid bearer token",
                "403", "The role does not allow this",
                "404", "No such resource, or not yours",
                "409", "Conflicts with the current state ('currentState')",
                "422", "Refused by a business rule ('reason')");
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problem);
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    errors.forEach((status, description) -> operation.getResponses().computeIfAbsent(status, code ->
                            new ApiResponse().description(description).content(new Content().addMediaType(
                                    "application/problem+json", new MediaType().schema(
                                            new Schema<>().$ref("#/components/schemas/Problem"))))))));
        };
    }

    @Bean
    OpenAPI orderLedgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Order Ledger API").version("v1")
                        .description("An event-sourced order ledger: products, orders, payments and the journal."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
