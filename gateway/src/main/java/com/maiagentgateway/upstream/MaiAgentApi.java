package com.maiagentgateway.upstream;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;

/**
 * Every MaiAgent endpoint, as MaiAgent spells it (trailing slashes included), relative to
 * {@code maiagent.base-url}. Answers are raw JSON for {@link MaiAgentWire} to normalise.
 * Built by {@link MaiAgentClientProducer} (with {@link MaiAgentErrorMapper}); the key is added by {@link MaiAgentKeyHeaders}.
 * The streamed completion is opened by {@link ReplyStreamConnection} instead: this client drains a
 * stream to its end when it is closed, and a stream whose caller left must be cut at once.
 */
@RegisterClientHeaders(MaiAgentKeyHeaders.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface MaiAgentApi {

    @POST
    @Path("chatbots/{chatbotId}/completions/")
    JsonObject complete(@PathParam("chatbotId") String chatbotId, JsonObject request);

    @POST
    @Path("conversations/")
    JsonObject createConversation(JsonObject request);

    @GET
    @Path("conversations/")
    JsonObject conversations(@QueryParam("inbox") String inbox, @QueryParam("keyword") String keyword,
                             @QueryParam("cursor") String cursor, @QueryParam("page") Integer page,
                             @QueryParam("pageSize") Integer pageSize);

    @GET
    @Path("conversations/{id}/")
    JsonObject conversation(@PathParam("id") String id);

    @POST
    @Path("messages/")
    JsonObject createMessage(JsonObject request);

    @GET
    @Path("messages/")
    JsonObject messages(@QueryParam("conversation") String conversation, @QueryParam("cursor") String cursor,
                        @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize);

    /** {@code conversation} is required here too (the docs mark it so), not only on the list. */
    @GET
    @Path("messages/{id}/")
    JsonObject message(@PathParam("id") String id, @QueryParam("conversation") String conversation);

    @GET
    @Path("chatbots/{chatbotId}/records/")
    JsonObject records(@PathParam("chatbotId") String chatbotId, @QueryParam("startDate") String startDate,
                       @QueryParam("endDate") String endDate, @QueryParam("userMessage") String userMessage,
                       @QueryParam("botMessage") String botMessage, @QueryParam("page") Integer page,
                       @QueryParam("pageSize") Integer pageSize);

    /** The workbook as a stream, never read whole; the caller closes the response. */
    @GET
    @Path("chatbots/{chatbotId}/records/export-excel/")
    @Produces(MediaType.WILDCARD)
    Response exportRecords(@PathParam("chatbotId") String chatbotId, @QueryParam("startDate") String startDate,
                           @QueryParam("endDate") String endDate, @QueryParam("userMessage") String userMessage,
                           @QueryParam("botMessage") String botMessage);

    /**
     * The reference page lists {@code filename}, {@code modelName}, {@code fieldName} as query
     * parameters, MaiAgent's example code sends them in the body: callers send both.
     */
    @POST
    @Path("upload-presigned-url/")
    JsonObject presignUpload(@QueryParam("filename") String filename, @QueryParam("modelName") String modelName,
                             @QueryParam("fieldName") String fieldName, JsonObject request);

    @POST
    @Path("attachments/")
    JsonObject createAttachment(JsonObject request);

    @POST
    @Path("conversations/{conversationId}/attachments/")
    JsonObject createConversationAttachment(@PathParam("conversationId") String conversationId, JsonObject request);

    @GET
    @Path("allowed-file-specs/")
    JsonObject allowedFileSpecs();
}
