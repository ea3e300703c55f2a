package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class TimescalesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(WithTimescales.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Timescales.class)
    static class WithTimescales {
    }

    @Test
    void defaultsAreTheReferenceDocumentsValues() {
        context.run(ctx -> {
            Timescales timescales = ctx.getBean(Timescales.class);
            assertThat(timescales.strategyRecordCirculated()).isEqualTo(new Timescale(1, Timescale.Unit.WORKING_DAYS));
            assertThat(timescales.returnHomeInterview()).isEqualTo(new Timescale(72, Timescale.Unit.HOURS));
            assertThat(timescales.initialChildProtectionConference()).isEqualTo(new Timescale(15, Timescale.Unit.WORKING_DAYS));
            assertThat(timescales.repeatMissingEpisodes()).isEqualTo(3);
            assertThat(timescales.actionSecondEscalation()).isEqualTo(new Timescale(5, Timescale.Unit.WORKING_DAYS));
        });
    }

    @Test
    void aCouncilCanSetItsOwn() {
        context.withPropertyValues("convene.timescales.return-home-interview=48 hours",
                        "convene.timescales.locality-meeting-cadence=2 weeks")
                .run(ctx -> {
                    assertThat(ctx.getBean(Timescales.class).returnHomeInterview()).isEqualTo(new Timescale(48, Timescale.Unit.HOURS));
                    assertThat(ctx.getBean(Timescales.class).localityMeetingCadence()).isEqualTo(new Timescale(2, Timescale.Unit.WEEKS));
                });
    }

    @Test
    void aBadValueStopsStartUpNamingTheProperty() {
        context.withPropertyValues("convene.timescales.strategy-record-circulated=soon").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("'soon' is not a timescale");
            assertThat(ctx.getStartupFailure()).hasStackTraceContaining("Failed to bind properties under 'convene.timescales.strategy-record-circulated'");
        });
    }

    @Test
    void aCountBelowOneIsRefused() {
        context.withPropertyValues("convene.timescales.repeat-missing-episodes=0").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).hasStackTraceContaining("repeatMissingEpisodes");
        });
    }

    @Test
    void timescalesReadAsPeopleWriteThem() {
        assertThat(Timescale.of("1 working day")).isEqualTo(new Timescale(1, Timescale.Unit.WORKING_DAYS));
        assertThat(Timescale.of("15 WD")).isEqualTo(new Timescale(15, Timescale.Unit.WORKING_DAYS));
        assertThat(Timescale.of("72h")).isEqualTo(new Timescale(72, Timescale.Unit.HOURS));
        assertThat(Timescale.of("3 months")).isEqualTo(new Timescale(3, Timescale.Unit.MONTHS));
        assertThat(Timescale.of("1 working day").toString()).isEqualTo("1 working day");
        assertThatThrownBy(() -> Timescale.of("-1 days")).isInstanceOf(IllegalArgumentException.class);
    }
}
