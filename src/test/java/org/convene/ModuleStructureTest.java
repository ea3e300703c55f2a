package org.convene;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability is a module that others reach only through its public API (its top-level package). */
class ModuleStructureTest {

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(ConveneApplication.class).verify();
    }
}
