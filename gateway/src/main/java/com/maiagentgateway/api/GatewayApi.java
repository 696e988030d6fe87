package com.maiagentgateway.api;

import com.maiagentgateway.problem.ConstraintViolationMapper;
import com.maiagentgateway.problem.EjbExceptionMapper;
import com.maiagentgateway.problem.FaultToleranceMapper;
import com.maiagentgateway.problem.InvalidInputMapper;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.api.ProblemResponsesOasFilter;
import com.maiagentgateway.problem.NotFoundInGatewayMapper;
import com.maiagentgateway.problem.RejectedUploadMapper;
import com.maiagentgateway.problem.TooManyStreamsMapper;
import com.maiagentgateway.problem.UnexpectedErrorMapper;
import com.maiagentgateway.problem.JsonBodyInterceptor;
import com.maiagentgateway.problem.UpstreamFailureMapper;
import com.maiagentgateway.problem.WebApplicationExceptionMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API other EE applications call, at {@code /maiagent/api/v1}. Its resources and providers
 * are listed, because the WAR holds a second JAX-RS application (the console's live feeds) whose
 * classes must not be mounted here; {@code GatewayApiTest} fails when a class of this package is left out.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "MaiAgent Gateway", version = "1",
                description = "MaiAgent behind an enterprise boundary. Errors are application/problem+json."),
        security = {@SecurityRequirement(name = "key"), @SecurityRequirement(name = "basic")},
        components = @Components(schemas = {
                @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = ProblemResponsesOasFilter.RETRY_AFTER_SCHEMA, type = SchemaType.INTEGER, minimum = "0",
                        description = "Seconds to wait")}))
@SecurityScheme(securitySchemeName = "key", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A client application's key (mgw_…), issued by an administrator")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user of the server's registry (maiagent-admin or maiagent-client)")
public class GatewayApi extends Application {

    static final Set<Class<?>> RESOURCES = Set.of(
            CallerResource.class,
            AuditResource.class,
            AlertsResource.class,
            ConversationsResource.class,
            CompletionsResource.class,
            RecordsResource.class,
            AttachmentSpecsResource.class,
            RepliesResource.class,
            ConversationAttachmentsResource.class,
            AttachmentUploadsResource.class,
            ClientApplicationsResource.class);

    /** Shared with the OpenAI-compatible application (api/openai), whose errors are these problems reshaped. */
    public static final Set<Class<?>> PROVIDERS = Set.of(
            WebApplicationExceptionMapper.class,
            ConstraintViolationMapper.class,
            InvalidInputMapper.class,
            EjbExceptionMapper.class,
            JsonBodyInterceptor.class,
            UpstreamFailureMapper.class,
            FaultToleranceMapper.class,
            RejectedUploadMapper.class,
            TooManyStreamsMapper.class,
            NotFoundInGatewayMapper.class,
            UnexpectedErrorMapper.class,
            ClientCallPolicy.class);

    @Override
    public Set<Class<?>> getClasses() {
        return Stream.concat(RESOURCES.stream(), PROVIDERS.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
