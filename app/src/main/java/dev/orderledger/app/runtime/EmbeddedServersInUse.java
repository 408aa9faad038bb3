package dev.orderledger.app.runtime;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
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
        this.servers = List.copyOf(servers);
        this.servers.forEach(ServerUsers::enter);
    }

    @Override
    public void destroy() {
        servers.forEach(ServerUsers::leave);
    }

    /** Makes each context the application starts hold these servers while it lives. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> heldBy(List<ServerUsers> servers) {
        List<ServerUsers> held = new ArrayList<>(servers);
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
                    List<String> dependsOn = new ArrayList<>(dataSource.getDependsOn() == null ? List.of()
                            : List.of(dataSource.getDependsOn()));
                    dependsOn.add(BEAN);
                    dataSource.setDependsOn(dependsOn.toArray(String[]::new));
                }
            }
        });
    }
}
