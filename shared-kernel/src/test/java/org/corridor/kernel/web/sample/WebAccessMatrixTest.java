package org.corridor.kernel.web.sample;

import org.corridor.kernel.testing.AccessMatrixConformance;

import java.nio.file.Path;

class WebAccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Path matrix() {
        return Path.of("src", "test", "resources", "web-access-matrix.csv");
    }
}
