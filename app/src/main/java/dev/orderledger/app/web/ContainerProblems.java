package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem details where the application's controllers never see the request: Spring Security's
 * firewall and Tomcat itself. (The {@code /error} dispatch in between is {@link ContainerErrors}.)
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

    /** Spring Security's firewall (a path with '..', ';', '//'...): the request never reaches the application. */
    @Bean
    static RequestRejectedHandler problemForRejectedRequests(Problems problems) {
        return (request, response, rejected) -> problems.write(response, RequestErrors.rejected(rejected));
    }

    /**
     * Tomcat's error report valve on the host, the last word on every error response, becomes
     * {@link ProblemErrorReportValve}. Spring Boot's plain one, which its own customizer (ordered 0, so
     * before this unordered one) adds when stack traces are off, is taken out.
     */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ObjectMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve(json));
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
