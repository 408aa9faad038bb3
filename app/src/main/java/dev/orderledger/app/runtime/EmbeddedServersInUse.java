package dev.orderledger.app.runtime;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * Holds the embedded servers an application context uses ({@link ServerUsers}) from before its data source
 * is made until after it is closed: the data source depends on this bean, so Spring creates this one first and
 * destroys it last, once the event processors have stopped and the pool has closed its connections.
 */
final class EmbeddedServersInUse implements DisposableBean {

    static final String BEAN = "ledgerEmbeddedServersInUse";
    private static final String DATA_SOURCE = "dataSource";

    private final List<ServerUsers> servers;

    private EmbeddedServersInUse(List<ServerUsers> servers) {
        this.servers = servers;
        servers.forEach(ServerUsers::enter);
    }

    @Override
    public void destroy() {
        servers.forEach(ServerUsers::leave);
    }

    /** Makes each context the application starts hold these servers while it lives. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> heldBy(List<ServerUsers> servers) {
        List<ServerUsers> held = List.copyOf(servers);
        return context -> context.addBeanFactoryPostProcessor(new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (!registry.containsBeanDefinition(BEAN)) {
                    RootBeanDefinition definition = new RootBeanDefinition(EmbeddedServersInUse.class,
                            () -> new EmbeddedServersInUse(held));
                    definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
                    registry.registerBeanDefinition(BEAN, definition);
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                if (beanFactory.containsBeanDefinition(DATA_SOURCE)) {
                    BeanDefinition dataSource = beanFactory.getBeanDefinition(DATA_SOURCE);
                    dataSource.setDependsOn(StringUtils.addStringToArray(dataSource.getDependsOn(), BEAN));
                }
            }
        });
    }
}
