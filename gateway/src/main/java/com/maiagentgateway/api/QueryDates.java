package com.maiagentgateway.api;

import com.maiagentgateway.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar dates in query parameters: YYYY-MM-DD, checked to exist. */
final class QueryDates {

    static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    private QueryDates() {
    }

    /** Null when the parameter was not given. */
    static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (!value.matches(PATTERN)) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "must be a calendar date as YYYY-MM-DD");
        }
    }

    static void requireOrdered(String fromParameter, LocalDate from, String toParameter, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(fromParameter, "must not be after " + toParameter);
        }
    }
}
