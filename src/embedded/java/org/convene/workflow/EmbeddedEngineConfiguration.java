package org.convene.workflow;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Runs the real Zeebe engine in this process ({@link RocksDbEngineFactory}: its state in RocksDB in a fresh directory,
 * its log in memory and trimmed as it is processed, its gRPC gateway on loopback). Its state is removed when Convene
 * stops; {@link ProcessRecovery} rebuilds the running processes from Convene's database at every start. RocksDB's
 * memory is bounded by {@code convene.embedded-engine.memory-limit}. Its licence allows non-production use only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "convene.engine", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);
    static final String ENGINE_BEAN = "embeddedZeebeEngine";
    private static final String CAMUNDA_CLIENT_BEAN = "camundaClient";

    @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
    ZeebeTestEngine embeddedZeebeEngine(@Value("${" + EngineEnvironment.GATEWAY_PORT + "}") int port,
                                        @Value("${convene.embedded-engine.memory-limit:128MB}") DataSize memoryLimit) throws IOException {
        Path state = Files.createTempDirectory("convene-engine-");
        ZeebeTestEngine engine = RocksDbEngineFactory.create(port, state, memoryLimit.toBytes());
        engine.start();
        // The engine reports 0.0.0.0 as its address; LoopbackGrpcServerProvider binds the gateway to loopback only.
        log.info("Embedded Zeebe engine started, gateway at 127.0.0.1:{}, state in {}", port, state);
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
