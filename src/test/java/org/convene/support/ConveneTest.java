package org.convene.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Convene as it runs: the embedded Zeebe engine, the run's database, the real web server on a random port, and
 * SMTP pointed at the run's free port for GreenMail ({@link TestPorts#SMTP}). Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${convene.test.smtp-port}",
        "convene.mail.dispatch-interval=PT0.2S"})
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@Import({TimeMachine.Configuration.class, Concerns.Configuration.class})
public @interface ConveneTest {
}
