package org.corridor.kernel.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every service keeps: its domain ({@code api} messages and {@code command} aggregates) knows nothing
 * of HTTP, Kafka or MongoDB; its features ({@code <service>.<feature>..}) depend on each other without cycles; a
 * feature's decisions ({@code command}) never reach another feature's read model ({@code query}); and no service
 * reaches into another service's code. Every rule must find classes to check: a service without domain classes
 * fails until it has them.
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
        rules(servicePackage).forEach(rule -> rule.check(classes));
    }

    /** Every rule a service's classes are checked against. */
    public static List<ArchRule> rules(String servicePackage) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(domainKnowsNoInfrastructure(servicePackage));
        rules.add(featuresHaveNoCycles(servicePackage));
        rules.add(commandsDoNotReachOtherFeaturesReadModels(servicePackage));
        for (String other : SERVICES) {
            if (!other.equals(servicePackage)) {
                rules.add(noClasses().should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("a service keeps its own copy of what it reads from another service"));
            }
        }
        return rules;
    }

    static ArchRule domainKnowsNoInfrastructure(String servicePackage) {
        return noClasses().that().resideInAnyPackage(servicePackage + "..api..", servicePackage + "..command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.apache.kafka..", "org.springframework.kafka..",
                        "com.mongodb..", "org.springframework.data.mongodb..", "org.bson..")
                .because("the domain does not know HTTP, Kafka or MongoDB");
    }

    static ArchRule featuresHaveNoCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("features depend on each other in one direction, through their api");
    }

    static ArchRule commandsDoNotReachOtherFeaturesReadModels(String servicePackage) {
        Pattern feature = Pattern.compile(Pattern.quote(servicePackage) + "\\.([^.]+)\\.(command|query)(\\..*)?");
        return classes().that().resideInAPackage(servicePackage + ".*.command..")
                .should(new ArchCondition<JavaClass>("not reach another feature's read model (query)") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = featureOf(feature, origin.getPackageName(), "command").orElseThrow();
                        for (Dependency dependency : origin.getTransitiveDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            featureOf(feature, target.getPackageName(), "query")
                                    .filter(other -> !other.equals(own))
                                    .ifPresent(other -> events.add(SimpleConditionEvent.violated(origin,
                                            origin.getName() + " reaches " + target.getName() + " of feature "
                                                    + other + " (" + dependency.getDescription() + ")")));
                        }
                    }
                })
                .because("a feature decides on its own state and what other features sent it, not on their read "
                        + "models, which lag and change shape");
    }

    private static Optional<String> featureOf(Pattern feature, String packageName, String layer) {
        Matcher matcher = feature.matcher(packageName);
        return matcher.matches() && matcher.group(2).equals(layer) ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
