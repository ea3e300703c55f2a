package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine's wiring copies the test engine's own, version for version: a new version of
 * zeebe-process-test-engine must be checked against it (and the constant moved) before it is used.
 */
class EmbeddedEngineVersionTest {

    @Test
    void theWiringIsForTheEngineVersionOnTheClasspath() throws Exception {
        Properties pom = new Properties();
        try (InputStream in = EngineFactory.class.getResourceAsStream("/META-INF/maven/io.camunda/zeebe-process-test-engine/pom.properties")) {
            assertThat(in).as("zeebe-process-test-engine's pom.properties").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).isEqualTo(RocksDbEngineFactory.WRITTEN_FOR);
    }
}
