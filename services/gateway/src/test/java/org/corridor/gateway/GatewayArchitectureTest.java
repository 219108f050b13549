package org.corridor.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.corridor", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

    /** Like the petclinic gateway: no shared kernel, no service module; the gateway deploys on its own. */
    @ArchTest
    static final ArchRule theGatewayDependsOnNoOtherCorridorModule = noClasses()
            .that().resideInAPackage("org.corridor.gateway..")
            .should().dependOnClassesThat(resideInAPackage("org.corridor..")
                    .and(not(resideInAPackage("org.corridor.gateway.."))));

    @ArchTest
    static final ArchRule theGatewayFeaturesDoNotDependOnEachOtherInCycles = slices()
            .matching("org.corridor.gateway.(*)..")
            .should().beFreeOfCycles();
}
