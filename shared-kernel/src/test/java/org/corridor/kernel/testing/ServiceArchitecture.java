package org.corridor.kernel.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every service keeps: its domain ({@code api} messages and {@code command} aggregates) knows nothing
 * of HTTP, Kafka or MongoDB, and no service reaches into another service's code.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("org.corridor.skills", "org.corridor.matching",
            "org.corridor.permits", "org.corridor.returns", "org.corridor.gateway", "org.corridor.embedded");

    private ServiceArchitecture() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        domainKnowsNoInfrastructure(servicePackage).check(classes);
        for (String other : SERVICES) {
            if (!other.equals(servicePackage)) {
                noClasses().should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("a service keeps its own copy of what it reads from another service")
                        .check(classes);
            }
        }
    }

    private static ArchRule domainKnowsNoInfrastructure(String servicePackage) {
        return noClasses().that().resideInAnyPackage(servicePackage + "..api..", servicePackage + "..command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.apache.kafka..", "org.springframework.kafka..",
                        "com.mongodb..", "org.springframework.data.mongodb..", "org.bson..")
                .because("the domain does not know HTTP, Kafka or MongoDB")
                .allowEmptyShould(true);
    }
}
