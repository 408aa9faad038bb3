package dev.orderledger.app.identity;

import dev.orderledger.api.common.MetaDataKeys;
import dev.orderledger.app.web.IdempotencyFilter;
import dev.orderledger.app.web.IdempotencyStore;
import dev.orderledger.app.web.Problems;
import dev.orderledger.saga.partner.PartnerProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.time.Clock;
import java.util.Arrays;

/**
 * Every endpoint needs a bearer token except registration, login, health, the OpenAPI description,
 * product search and the partners' signed callbacks. Roles come from the token's {@code roles} claim.
 * The simulated partners (the {@code dev} profile) are steered by admins only, and what they took is
 * shown only to admins (statements also to finance) and to the ledger itself, by its signed requests
 * ({@link SignedPartnerRequestFilter}). Refusals are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, Problems problems, IdempotencyStore idempotencyRecords, Clock clock,
                            PartnerProperties partners, JdbcTemplate jdbc,
                            @Value("${ledger.security.rate-limit.requests-per-minute:20}") int loginsPerMinute)
            throws Exception {
        JwtAuthenticationConverter tokens = tokens();
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(response, Problems.unauthenticated());
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(response, Problems.forbidden());

        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/**").permitAll()
                        .requestMatchers("/api/cart", "/api/cart/lines", "/api/cart/lines/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/products/search", "/api/products/search/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // partners authenticate their callbacks by signature
                        .requestMatchers(HttpMethod.POST, "/api/payments/callback", "/api/fulfillment/callback").permitAll()
                        // the simulators: steered by admins; what they took, for admins and the ledger's signed requests
                        .requestMatchers("/simulator/*/scenarios", "/simulator/*/scenarios/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/simulator/gateway/statements/*").hasAnyRole("ADMIN", "FINANCE")
                        .requestMatchers("/simulator/gateway/statements/**").hasRole("ADMIN")
                        .requestMatchers("/simulator/**").hasAnyRole("ADMIN", SignedPartnerRequestFilter.ROLE)
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "FINANCE")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/finance/**").hasAnyRole("ADMIN", "FINANCE")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .addFilterAfter(new SignedPartnerRequestFilter(partners, clock, problems),
                        BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(jdbc, clock, problems, loginsPerMinute), AuthorizationFilter.class)
                .addFilterAfter(actorInLogs(), AuthorizationFilter.class)
                .addFilterAfter(new IdempotencyFilter(idempotencyRecords, problems), AuthorizationFilter.class)
                .build();
    }

    /**
     * The console (ADR 0029): its pages take the token from the console's cookie ({@link ConsoleSignIn}) instead
     * of a header; a request without a good one is sent to the sign-in page. Its forms carry a CSRF token (kept
     * in a cookie, so no node needs a session); the cookie itself is {@code SameSite=Strict} as well.
     */
    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, JdbcTemplate jdbc, Clock clock, Problems problems,
                                @Value("${ledger.security.rate-limit.requests-per-minute:20}") int loginsPerMinute)
            throws Exception {
        BearerTokenResolver fromCookie = request -> {
            Cookie[] cookies = request.getCookies();
            if (cookies == null) {
                return null;
            }
            return Arrays.stream(cookies).filter(cookie -> ConsoleSignIn.COOKIE.equals(cookie.getName()))
                    .map(Cookie::getValue).filter(value -> !value.isBlank()).findFirst().orElse(null);
        };
        AuthenticationEntryPoint toSignIn = new LoginUrlAuthenticationEntryPoint("/console/login");
        return http
                .securityMatcher("/console", "/console/**", "/webjars/**")
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console/login", "/console/console.css", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(fromCookie)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens()))
                        .authenticationEntryPoint(toSignIn))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(toSignIn))
                .addFilterBefore(new RateLimitFilter(jdbc, clock, problems, loginsPerMinute), AuthorizationFilter.class)
                .addFilterAfter(actorInLogs(), AuthorizationFilter.class)
                .build();
    }

    /** Roles come from the token's {@code roles} claim. */
    private static JwtAuthenticationConverter tokens() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenIssuer.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(roles);
        return tokens;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Puts the authenticated user's id into the logging context next to the correlation id. */
    private static OncePerRequestFilter actorInLogs() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                            jakarta.servlet.FilterChain chain)
                    throws jakarta.servlet.ServletException, java.io.IOException {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.isAuthenticated()) {
                    MDC.put(MetaDataKeys.ACTOR, authentication.getName());
                }
                chain.doFilter(request, response);
            }
        };
    }
}
