package com.maiagentgateway.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * JPA 3.1 does not list {@link Instant} among its basic types; it does list OffsetDateTime, which
 * maps to TIMESTAMP WITH TIME ZONE, so instants are stored in UTC whatever the JVM's zone.
 */
@Converter(autoApply = true)
public class InstantAsUtcTimestamp implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
