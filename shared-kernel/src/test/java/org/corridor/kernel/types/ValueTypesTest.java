package org.corridor.kernel.types;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_country_is_an_iso_3166_alpha_2_code() {
        assertThat(CountryCode.of("PH").value()).isEqualTo("PH");
        assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CountryCode.of("ph")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CountryCode.of("PHL")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_occupation_is_an_existing_isco_08_unit_group_outside_the_armed_forces() {
        assertThat(OccupationCode.of("2221").majorGroup()).isEqualTo(2);
        assertThatThrownBy(() -> OccupationCode.of("0110")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OccupationCode.of("1000")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OccupationCode.of("9999")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OccupationCode.of("222")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OccupationCode.of("22211")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cefr_levels_are_ordered_and_read_case_insensitively() {
        assertThat(CefrLevel.of("b2").meets(CefrLevel.B1)).isTrue();
        assertThat(CefrLevel.A2.meets(CefrLevel.B1)).isFalse();
        assertThatThrownBy(() -> CefrLevel.of("D1")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void money_is_non_negative_in_an_iso_4217_currency_at_its_minor_unit_scale() {
        assertThat(Money.of("2650", "EUR").amount()).isEqualTo(new BigDecimal("2650.00"));
        assertThat(Money.of("1500", "JPY").amount()).isEqualTo(new BigDecimal("1500"));
        assertThatThrownBy(() -> Money.of("-1", "EUR")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("1.234", "EUR")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void amounts_in_different_currencies_are_not_compared() {
        assertThat(Money.of("10", "EUR").isLessThan(Money.of("11", "EUR"))).isTrue();
        assertThatThrownBy(() -> Money.of("10", "EUR").compareTo(Money.of("10", "PHP")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identifiers_are_short_and_safe() {
        assertThat(SchemeId.generate().value()).hasSize(36);
        assertThatThrownBy(() -> PersonId.of("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PersonId.of("a/b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PersonId.of("x".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void value_types_travel_as_plain_json_values() throws Exception {
        record Sample(CountryCode country, OccupationCode occupation, CefrLevel level, Money wage, PersonId person) {
        }
        Sample sample = new Sample(CountryCode.of("DE"), OccupationCode.of("5321"), CefrLevel.B1,
                Money.of("2650", "EUR"), PersonId.of("p-1"));
        String written = json.writeValueAsString(sample);
        assertThat(written).isEqualTo("{\"country\":\"DE\",\"occupation\":\"5321\",\"level\":\"B1\","
                + "\"wage\":{\"amount\":2650.00,\"currency\":\"EUR\"},\"person\":\"p-1\"}");
        assertThat(json.readValue(written, Sample.class)).isEqualTo(sample);
        assertThatThrownBy(() -> json.readValue(written.replace("\"DE\"", "\"ZZ\""), Sample.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasRootCauseInstanceOf(InvalidValueException.class);
    }
}
