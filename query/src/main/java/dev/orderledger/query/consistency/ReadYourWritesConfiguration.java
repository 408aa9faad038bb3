package dev.orderledger.query.consistency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/** Puts {@link ReadYourWritesInterceptor} in front of the query endpoints, waiting at most {@code ledger.query.read-your-writes-timeout}. */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration implements WebMvcConfigurer {

    private final ProjectionProgress progress;
    private final Duration timeout;

    ReadYourWritesConfiguration(ProjectionProgress progress,
                                @Value("${ledger.query.read-your-writes-timeout:PT5S}") Duration timeout) {
        this.progress = progress;
        this.timeout = timeout;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadYourWritesInterceptor(progress, timeout)).addPathPatterns("/api/**");
    }
}
