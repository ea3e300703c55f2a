package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.lang3.StringUtils;
import org.springframework.data.util.Version;
import org.junit.jupiter.api.Test;

/** Libraries with a known vulnerability in the version a dependency brings are held at a fixed one. */
class DependencyVersionsTest {

    @Test
    void commonsLang3IsPastCve202548924() {
        String version = StringUtils.class.getPackage().getImplementationVersion();
        assertThat(version).as("commons-lang3 on the classpath").isNotNull();
        assertThat(Version.parse(version).isGreaterThanOrEqualTo(Version.parse("3.18.0"))).as(version).isTrue();
    }
}
