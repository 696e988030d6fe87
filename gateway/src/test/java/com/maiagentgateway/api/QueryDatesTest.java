package com.maiagentgateway.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.maiagentgateway.problem.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryDatesTest {

    @Test
    void calendarDate() {
        assertEquals(LocalDate.of(2024, 2, 29), QueryDates.parse("startDate", "2024-02-29"));
    }

    @Test
    void absentIsNull() {
        assertNull(QueryDates.parse("startDate", null));
        assertNull(QueryDates.parse("startDate", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2026-13-01", "2026-1-01", "20260101", "2026/01/01", "yesterday", "2026-01-01T00:00"})
    void notADateNamesTheParameter(String value) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> QueryDates.parse("startDate", value));
        assertEquals("startDate", error.errors().get(0).field());
    }

    @Test
    void rangeMustNotRunBackwards() {
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        assertDoesNotThrow(() -> QueryDates.requireOrdered("startDate", may1, "endDate", may1));
        assertThrows(InvalidInputException.class,
                () -> QueryDates.requireOrdered("startDate", may1.plusDays(1), "endDate", may1));
    }
}
