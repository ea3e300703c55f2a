package org.convene.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Every piece of scheduled work runs on one replica at a time, each under a lock of its own. */
class OneReplicaAtATimeTest {

    private static final JavaClasses CONVENE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.convene");

    @Test
    void everyScheduledMethodTakesALockOfItsOwn() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class).check(CONVENE);
        List<String> names = CONVENE.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(SchedulerLock.class))
                .map(method -> method.getAnnotationOfType(SchedulerLock.class).name()).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates().doesNotContain("");
    }
}
