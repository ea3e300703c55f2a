package org.convene.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A Convene of its own (its own engine and database) holding the {@link Scenario}, whose clock moves weeks ahead
 * without setting off the other tests' timers. Every class with this annotation shares it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "convene.test.own-database=scenario")
@AutoConfigureMockMvc
@Import({TimeMachine.Configuration.class, Scenario.Configuration.class, Concerns.Configuration.class})
public @interface ScenarioTest {
}
