package org.convene.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work (the sweeps, the morning mails, the hourly checkpoints) runs on one replica at a time: each
 * {@code @Scheduled} method also carries ShedLock's {@code @SchedulerLock}, whose lock is a row of the {@code shedlock}
 * table. Locks are timed by the database's clock, so replicas' clocks need not agree; a replica that dies holding one
 * frees it after its {@code lockAtMostFor}. The work itself is in a method of its own, which tests call directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class OneReplicaAtATime {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
