package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every JSON request body, before it is read into a request type: at most {@link #MAX_BYTES}
 * (413, read no further), strictly valid ({@link StrictJson}: 400 saying what is wrong). A body
 * that is valid JSON but not the operation's shape is the caller's mistake too (400), while the
 * same JSON-B exception thrown when writing an answer is ours (500); only here can the two be told apart.
 * A member of the wrong JSON kind ({@link JsonShape}: a number where text belongs) is a 400 naming it.
 */
@Provider
@ApplicationScoped
public class JsonBodyInterceptor implements ReaderInterceptor {

    /** The largest JSON body any operation takes (a message of 20,000 characters with a canvas fits many times over). */
    public static final int MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = checked(context);
            List<Problem.FieldError> mismatches = JsonShape.mismatches(parse(body), context.getGenericType());
            if (!mismatches.isEmpty()) {
                throw new WebApplicationException(ConstraintViolationMapper.invalidInput(mismatches).response().build());
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException unreadable) {
            throw new BadRequestException(unreadable);
        }
    }

    private static byte[] checked(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > MAX_BYTES) {
            throw refused(413, "payload-too-large", "A JSON body may be at most " + MAX_BYTES + " bytes.");
        }
        InputStream in = context.getInputStream();
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw refused(413, "payload-too-large", "A JSON body may be at most " + MAX_BYTES + " bytes.");
        }
        String problem = StrictJson.problemWith(body);
        if (problem != null) {
            throw refused(400, "bad-request", problem);
        }
        return body;
    }

    private static JsonValue parse(byte[] body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return reader.readValue();
        }
    }

    private static WebApplicationException refused(int status, String kind, String detail) {
        return new WebApplicationException(Problem.of(status, kind, detail).response().build());
    }
}
