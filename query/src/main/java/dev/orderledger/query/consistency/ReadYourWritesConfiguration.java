package dev.orderledger.query.consistency;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;

import java.time.Duration;

/**
 * Puts {@link ReadYourWritesAdvice} around the {@link ReadYourWrites} endpoints, waiting at most
 * {@code ledger.query.read-your-writes-timeout}, ordered after every method security interceptor so
 * that authorisation is decided before any wait.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration {

    /** After {@code @PreAuthorize} (200), {@code @Secured}, JSR-250 and the post checks (the last at 600). */
    static final int ORDER = AuthorizationInterceptorsOrder.POST_FILTER.getOrder() + 100;

    /** Static and infrastructure: advisors are found before ordinary beans; the progress is looked up when first needed. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readYourWritesAdvisor(ObjectProvider<ProjectionProgress> progress,
                                         @Value("${ledger.query.read-your-writes-timeout:PT5S}") Duration timeout) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ReadYourWrites.class),
                new ReadYourWritesAdvice(progress::getObject, timeout));
        advisor.setOrder(ORDER);
        return advisor;
    }
}
