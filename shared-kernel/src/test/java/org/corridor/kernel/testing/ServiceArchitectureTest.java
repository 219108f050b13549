package org.corridor.kernel.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule of {@link ServiceArchitecture} refuses a service that breaks it (fixtures under archfixture). */
class ServiceArchitectureTest {

    static final String FIXTURES = "org.corridor.kernel.testing.archfixture.";

    @Test
    void a_service_that_keeps_every_rule_passes_them_all() {
        String service = FIXTURES + "clean";
        JavaClasses classes = importService(service);
        for (ArchRule rule : ServiceArchitecture.rules(service)) {
            assertThat(rule.evaluate(classes).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void a_kafka_import_in_a_command_breaks_the_domain_rule() {
        EvaluationResult result = evaluate(ServiceArchitecture.domainKnowsNoInfrastructure(FIXTURES + "kafka"),
                "kafka");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("KafkaAwareAlpha")
                && line.contains("org.springframework.kafka.core.KafkaTemplate"));
    }

    @Test
    void two_features_that_depend_on_each_other_break_the_cycle_rule() {
        EvaluationResult result = evaluate(ServiceArchitecture.featuresHaveNoCycles(FIXTURES + "cycle"), "cycle");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("feature alpha").contains("feature beta");
    }

    @Test
    void a_command_that_reads_another_features_read_model_breaks_the_reach_rule() {
        EvaluationResult result = evaluate(
                ServiceArchitecture.commandsDoNotReachOtherFeaturesReadModels(FIXTURES + "reach"), "reach");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("AlphaPolicy reaches")
                && line.contains("BetaView of feature beta"));
    }

    @Test
    void a_service_without_domain_classes_fails_instead_of_passing_empty() {
        JavaClasses classes = importService(FIXTURES + "empty");
        assertThatThrownBy(() -> ServiceArchitecture.domainKnowsNoInfrastructure(FIXTURES + "empty").check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }

    private static EvaluationResult evaluate(ArchRule rule, String service) {
        return rule.evaluate(importService(FIXTURES + service));
    }

    private static JavaClasses importService(String servicePackage) {
        return new ClassFileImporter().importPackages(servicePackage);
    }
}
