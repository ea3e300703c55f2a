package org.convene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each capability is a module that others reach only through its public API (its top-level package), with no cycles.
 * The module documentation is written from the code to {@code target/modules} on every run, and the copy checked in
 * under {@code docs/modules} must be the same: after a change to a module, copy it over and commit it.
 */
class ModuleStructureTest {

    private static final Path WRITTEN = Path.of("target/modules");
    private static final Path CHECKED_IN = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(ConveneApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("org.convene.meeting", "org.convene.minutes", "org.convene.subject", "org.convene.strategy", "org.convene.action",
                        "org.convene.workflow");
    }

    @Test
    void theCheckedInModuleDocumentationIsWhatTheCodeSays() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<String> written = names(WRITTEN);
        assertThat(written).contains("components.puml", "module-strategy.puml", "module-strategy.adoc");
        assertThat(names(CHECKED_IN)).as("files in %s (copy %s over it)", CHECKED_IN, WRITTEN).containsExactlyElementsOf(written);
        // Compared line by line in any order: the Documenter lists relations in the order it scanned the classes,
        // which differs from one machine to another.
        for (String name : written) {
            assertThat(Files.readAllLines(CHECKED_IN.resolve(name))).as("%s in %s (copy %s over it)", name, CHECKED_IN, WRITTEN)
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(WRITTEN.resolve(name)));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
