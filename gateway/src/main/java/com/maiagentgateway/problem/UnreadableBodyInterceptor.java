package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that cannot be read as JSON is the caller's mistake (400), while the same
 * JSON-B exception thrown when writing an answer is ours (500); only here can the two be told apart.
 */
@Provider
@ApplicationScoped
public class UnreadableBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException unreadable) {
            throw new BadRequestException(unreadable);
        }
    }
}
