package com.maiagentgateway.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A JSON body's members against the type it is read into, before JSON-B reads it: JSON-B would quietly store
 * {@code 123} or {@code true} as the text "123" or "true" in a text member, and a caller who sent the wrong kind
 * of value should hear so. Only the gateway's own request types are checked, member by member, as far down as they
 * go; JSON values taken as they are ({@code JsonObject}) and members with their own deserializer are left alone.
 */
final class JsonShape {

    private static final String OWN_TYPES = "com.maiagentgateway.";

    private JsonShape() {
    }

    /** Each member whose JSON kind is not its Java member's, named as sent (attachments[0].filename). */
    static List<Problem.FieldError> mismatches(JsonValue body, Type target) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(body, target, "", errors);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // absent or null: Bean Validation says whether it is required
        }
        Class<?> raw = rawClass(type);
        if (raw == null || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        JsonValue.ValueType kind = value.getValueType();
        if (raw == String.class || raw == Character.class || raw == char.class || raw.isEnum()) {
            expect(kind == JsonValue.ValueType.STRING, "must be a string", path, errors);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE, "must be true or false", path, errors);
        } else if (Number.class.isAssignableFrom(raw) /* BigDecimal, BigInteger, the boxes */ || (raw.isPrimitive() && raw != void.class)) {
            expect(kind == JsonValue.ValueType.NUMBER, "must be a number", path, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(kind == JsonValue.ValueType.ARRAY, "must be an array", path, errors)) {
                Type element = raw.isArray() ? raw.getComponentType() : typeArgument(type);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), element, path + "[" + i + "]", errors);
                }
            }
        } else if (raw.getName().startsWith(OWN_TYPES)) {
            if (expect(kind == JsonValue.ValueType.OBJECT, "must be an object", path, errors)) {
                members(value.asJsonObject(), raw, path, errors);
            }
        }
    }

    private static void members(JsonObject object, Class<?> raw, String path, List<Problem.FieldError> errors) {
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Field field = field(raw, component.getName());
                member(object, component.getName(), component.getGenericType(), field != null ? field : component, path, errors);
            }
            return;
        }
        for (Class<?> c = raw; c != null && c.getName().startsWith(OWN_TYPES); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    member(object, field.getName(), field.getGenericType(), field, path, errors);
                }
            }
        }
    }

    private static void member(JsonObject object, String javaName, Type type, AnnotatedElement annotated, String path,
                               List<Problem.FieldError> errors) {
        if (annotated.isAnnotationPresent(JsonbTransient.class) || annotated.isAnnotationPresent(JsonbTypeDeserializer.class)) {
            return;
        }
        JsonbProperty renamed = annotated.getAnnotation(JsonbProperty.class);
        String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : javaName;
        check(object.get(name), type, path.isEmpty() ? name : path + "." + name, errors);
    }

    private static boolean expect(boolean holds, String message, String path, List<Problem.FieldError> errors) {
        if (!holds) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "request" : path, message));
        }
        return holds;
    }

    private static Field field(Class<?> raw, String name) {
        try {
            return raw.getDeclaredField(name);
        } catch (NoSuchFieldException none) {
            return null;
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1 ? p.getActualTypeArguments()[0] : Object.class;
    }
}
