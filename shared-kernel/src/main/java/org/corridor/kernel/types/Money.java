package org.corridor.kernel.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A non-negative amount in an ISO 4217 currency, kept at the currency's minor-unit scale. */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public Money {
        if (currency == null) {
            throw new InvalidValueException("currency", null, "an ISO 4217 currency code, such as EUR");
        }
        Currency iso;
        try {
            iso = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", currency, "an ISO 4217 currency code, such as EUR");
        }
        if (amount == null || amount.signum() < 0) {
            throw new InvalidValueException("amount", amount, "zero or a positive amount");
        }
        int scale = Math.max(iso.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException("amount", amount, "at most " + scale + " decimal places in " + currency);
        }
        amount = amount.setScale(scale);
    }

    @JsonCreator
    public static Money of(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Compares amounts in the same currency; amounts in different currencies are not comparable. */
    @Override
    public int compareTo(Money other) {
        if (!Objects.equals(currency, other.currency)) {
            throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount);
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
