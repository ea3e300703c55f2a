package org.convene.directory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The demo's accounts and locality are in src/demo, which the production jar leaves out: started without them and
 * with {@code convene.demo-data=true} (the embedded default's setting), Convene would run with keys made up for the
 * demo and no one able to sign in. It stops at once instead, saying what to set.
 */
public class DemoDataEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String DEMO_DIRECTORY = "org.convene.directory.DemoDirectory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("convene.demo-data", Boolean.class, false)
                && !ClassUtils.isPresent(DEMO_DIRECTORY, application.getClassLoader())) {
            throw new IllegalStateException("This build of Convene has no demo data (it was built with -Dproduction): set "
                    + "convene.demo-data=false, convene.links.secret and convene.audit.key, and sign people in through your "
                    + "organisation's accounts (see the README's \"How to run it in production\"); -Dproduction -Ddemo builds one with it");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
