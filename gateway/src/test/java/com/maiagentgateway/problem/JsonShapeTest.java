package com.maiagentgateway.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    record Part(String filename, @JsonbProperty("file_type") String fileType) {
    }

    record Body(String name, Boolean active, BigDecimal limit, int count, List<Part> parts, List<String> tags, JsonObject extra) {
    }

    private static List<Problem.FieldError> mismatches(String json) {
        return JsonShape.mismatches(Jsonp.createReader(new StringReader(json)).readValue(), Body.class);
    }

    @Test
    void valuesOfTheirMembersKindPass() {
        assertEquals(List.of(), mismatches("{\"name\":\"n\",\"active\":true,\"limit\":1.5,\"count\":2,"
                + "\"parts\":[{\"filename\":\"a\",\"file_type\":\"pdf\"}],\"tags\":[\"x\"],\"extra\":{\"any\":[1,true]}}"));
        assertEquals(List.of(), mismatches("{\"name\":null,\"unknown\":5}"));
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsNamed() {
        assertEquals(List.of(new Problem.FieldError("name", "must be a string")), mismatches("{\"name\":123}"));
        assertEquals(List.of(new Problem.FieldError("name", "must be a string")), mismatches("{\"name\":true}"));
        assertEquals(List.of(new Problem.FieldError("parts[1].file_type", "must be a string")),
                mismatches("{\"parts\":[{\"filename\":\"a\"},{\"filename\":\"b\",\"file_type\":7}]}"));
        assertEquals(List.of(new Problem.FieldError("tags[0]", "must be a string")), mismatches("{\"tags\":[false]}"));
    }

    @Test
    void textWhereANumberOrBooleanBelongsIsNamed() {
        assertEquals(List.of(new Problem.FieldError("limit", "must be a number")), mismatches("{\"limit\":\"5\"}"));
        assertEquals(List.of(new Problem.FieldError("count", "must be a number")), mismatches("{\"count\":\"5\"}"));
        assertEquals(List.of(new Problem.FieldError("active", "must be true or false")), mismatches("{\"active\":\"yes\"}"));
    }

    @Test
    void theWrongStructureIsNamed() {
        assertEquals(List.of(new Problem.FieldError("parts", "must be an array")), mismatches("{\"parts\":{\"filename\":\"a\"}}"));
        assertEquals(List.of(new Problem.FieldError("parts[0]", "must be an object")), mismatches("{\"parts\":[\"a\"]}"));
        assertEquals(List.of(new Problem.FieldError("request", "must be an object")), mismatches("[1]"));
    }

    @Test
    void textThatCannotBeStoredAsSentIsRefused() {
        assertEquals("The request body holds a NUL character (\\u0000).",
                StrictJson.problemWith("{\"owner\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("The request body holds a lone surrogate (\\uD800), which is no character.",
                StrictJson.problemWith("{\"name\":\"\\ud800x\"}".getBytes(StandardCharsets.UTF_8)));
        assertNull(StrictJson.problemWith("{\"name\":\"\\ud83d\\ude00 ok\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
