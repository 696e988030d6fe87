package com.maiagentgateway.console;

import com.maiagentgateway.problem.ConstraintViolationMapper;
import com.maiagentgateway.problem.TooManyStreamsMapper;
import com.maiagentgateway.problem.UnexpectedErrorMapper;
import com.maiagentgateway.problem.WebApplicationExceptionMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The console's live feeds (webhook replies, chatbot answers as they are generated), read by the
 * pages' EventSources. Under /console, so the container's admin-only constraint and the console
 * session cover them; GETs only, they change nothing. Their refusals are problems, as the API's are.
 */
@ApplicationPath("/console/live")
public class ConsoleLive extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(LiveFeedsResource.class, WebApplicationExceptionMapper.class, ConstraintViolationMapper.class,
                TooManyStreamsMapper.class, UnexpectedErrorMapper.class);
    }
}
