package org.convene.workflow;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the real Zeebe engine in this process (in-memory log, gRPC gateway on a local port). Its state is lost when
 * Convene stops; {@link ProcessRecovery} rebuilds the running processes from Convene's database at every start.
 * Its licence allows non-production use only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "convene.engine", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);
    static final String ENGINE_BEAN = "embeddedZeebeEngine";
    private static final String CAMUNDA_CLIENT_BEAN = "camundaClient";

    @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
    ZeebeTestEngine embeddedZeebeEngine(@Value("${" + EmbeddedEngineEnvironment.GATEWAY_PORT + "}") int port) {
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        log.info("Embedded Zeebe engine started, gateway at {}", engine.getGatewayAddress());
        return engine;
    }

    /** The Camunda client must not connect before the engine listens, and must close before it stops. */
    @Bean
    static BeanFactoryPostProcessor camundaClientDependsOnEmbeddedEngine() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition(CAMUNDA_CLIENT_BEAN)) {
                BeanDefinition client = beanFactory.getBeanDefinition(CAMUNDA_CLIENT_BEAN);
                client.setDependsOn(ENGINE_BEAN);
            }
        };
    }
}
