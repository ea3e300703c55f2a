package org.convene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each capability is a module that others reach only through its public API (its top-level package), with no cycles;
 * the module documentation under {@code docs/modules} is written from the code on every run (commit it with the change).
 */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(ConveneApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("org.convene.meeting", "org.convene.minutes", "org.convene.subject", "org.convene.strategy", "org.convene.action",
                        "org.convene.workflow");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.exists(Path.of("docs/modules/components.puml"))).isTrue();
        assertThat(Path.of("docs/modules/module-strategy.puml")).exists();
    }
}
