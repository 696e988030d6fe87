package com.maiagentgateway.api;

import com.maiagentgateway.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers of every API operation in {@code /openapi}. The same exception
 * mappers serve every operation, so which errors an operation can answer follows from its shape
 * (parameters, a body, an upload, a call to MaiAgent); writing them once here keeps the document
 * from drifting as operations are added. Answers an operation declares itself are kept as written.
 */
public class ProblemResponsesOasFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** Declared in {@code GatewayApi}: Schema.type() changed between MP OpenAPI 3.1 (Liberty) and 4.0 (WildFly). */
    public static final String RETRY_AFTER_SCHEMA = "RetryAfterSeconds";

    /**
     * Marks an operation answered by the gateway alone, without a call to MaiAgent ({@code @Extension(name = LOCAL,
     * value = "true")} on the resource method): it is documented without MaiAgent's 409, 429, 502, 503 and 504.
     * The mark is read here and taken out of the published document.
     */
    public static final String LOCAL = "x-answered-by-the-gateway";

    private static boolean local(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey(LOCAL);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/openai/")) {
                return; // OpenAI's error object, not problems: documented as such in META-INF/openapi.yaml
            }
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.forEach((method, operation) -> describeProblems(path, method, operation));
            }
        });
    }

    private void describeProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean upload = hasBody && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());

        add(responses, "401", "No or wrong credentials (HTTP Basic against the server's registry)");
        add(responses, "403", "The caller's role does not allow this operation");
        add(responses, "500", "An unexpected failure in the gateway (no stack trace is ever returned)");
        if (hasInput) {
            add(responses, "400", "Invalid input; `errors` names each field and what is wrong with it");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such thing here or at MaiAgent");
        }
        if (hasBody) {
            add(responses, "415", upload
                    ? "Not multipart/form-data, or a file whose extension or content MaiAgent does not allow"
                    : "Not application/json");
        }
        if (upload) {
            add(responses, "413", "The file is larger than MaiAgent allows for its type");
        }
        boolean local = local(operation);
        if (local) {
            operation.removeExtension(LOCAL);
        }
        if (!local) {
            if (method == PathItem.HttpMethod.POST) {
                add(responses, "409", "MaiAgent reports a conflict with the current state");
            }
            APIResponse throttled = add(responses, "429", "MaiAgent is throttling the gateway; retry after the time given");
            if (throttled != null) {
                Header retryAfter = OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().ref(RETRY_AFTER_SCHEMA));
                throttled.addHeader("Retry-After", retryAfter);
            }
            add(responses, "502", "MaiAgent answered with an error or something unreadable, or refused the gateway's key");
            add(responses, "503", "MaiAgent cannot be reached, or the gateway is pausing calls after repeated failures");
            add(responses, "504", "MaiAgent did not answer in time");
        }
    }

    /** Adds a problem answer unless the operation already declares one for that status; returns it when added. */
    private static APIResponse add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return null;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        responses.addAPIResponse(status, response);
        return response;
    }
}
