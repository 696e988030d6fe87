package com.maiagentgateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.InboundSseEvent;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.reactivestreams.Publisher;

/**
 * The gateway's API (version 1) as a MicroProfile Rest Client. Inject it with {@code @Inject @RestClient GatewayClient};
 * configure it with MicroProfile Config:
 * <pre>
 * maiagent-gateway/mp-rest/url=https://gateway.example.com/maiagent
 * maiagent-gateway/key=mgw_…            (a client application's key; environment: MAIAGENT_GATEWAY_KEY)
 * </pre>
 * Every refusal and failure arrives as a {@link GatewayProblem}, carrying the gateway's problem.
 */
@RegisterRestClient(configKey = GatewayClient.CONFIG_KEY)
@RegisterProvider(GatewayProblemMapper.class)
@ClientHeaderParam(name = "Authorization", value = "{authorization}")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GatewayClient {

    String CONFIG_KEY = "maiagent-gateway";

    /** The {@code Authorization} header: the key from {@code maiagent-gateway/key}. */
    default String authorization() {
        return "Bearer " + ConfigProvider.getConfig().getValue(CONFIG_KEY + "/key", String.class);
    }

    /** Who the gateway takes the caller for (an application, or a registry user). */
    @GET
    @Path("/me")
    Caller me();

    @POST
    @Path("/conversations")
    Conversation startConversation(Conversation.Start start);

    @GET
    @Path("/conversations/{id}")
    Conversation conversation(@PathParam("id") String id);

    @GET
    @Path("/conversations")
    Page<Conversation> conversations(@QueryParam("inbox") String inbox, @QueryParam("pageSize") Integer pageSize,
                                     @QueryParam("cursor") String cursor);

    /** Sends a message; MaiAgent's reply comes later, to {@link #replies} (and the gateway's webhook). */
    @POST
    @Path("/conversations/{id}/messages")
    Message send(@PathParam("id") String conversationId, Message.Send message);

    @GET
    @Path("/conversations/{id}/messages")
    Page<Message> messages(@PathParam("id") String conversationId, @QueryParam("pageSize") Integer pageSize,
                           @QueryParam("cursor") String cursor);

    /**
     * The conversation's replies as they arrive: {@code reply} events whose data is a {@link Message} and whose id
     * resumes the stream ({@code lastEventId}; null for the replies from now on).
     */
    @GET
    @Path("/conversations/{id}/replies")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Publisher<InboundSseEvent> replies(@PathParam("id") String conversationId, @HeaderParam("Last-Event-ID") String lastEventId);

    /** Asks a chatbot and waits for its whole reply. */
    @POST
    @Path("/chatbots/{chatbotId}/completions")
    Completion.Reply complete(@PathParam("chatbotId") String chatbotId, Completion.Ask ask);

    /**
     * Uploads a file whose size is known into a conversation in one pass: the body is the file itself, its length
     * declared, so the gateway sends it on to MaiAgent's storage as it arrives and nothing is spooled on either side
     * (sent by the JDK's HttpClient: see {@link OnePassUpload} for why).
     * A refusal arrives as a {@link GatewayProblem}, as from every other call.
     */
    default Attachment uploadFile(String conversationId, String filename, long size, InputStream content) {
        return OnePassUpload.send(conversationId, filename, size, content, authorization());
    }

    /** Uploads a file into a conversation: one part named {@code file} ({@link #filePart}). */
    @POST
    @Path("/conversations/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Attachment upload(@PathParam("id") String conversationId, List<EntityPart> parts);

    @GET
    @Path("/conversations/{id}/attachments")
    Attachment.List attachments(@PathParam("id") String conversationId);

    /** What MaiAgent takes: each file type with its extensions and largest size. */
    @GET
    @Path("/attachments/specs")
    FileRule.List fileRules();

    /** A chatbot's records between two days (ISO dates), a page at a time (from 1). */
    @GET
    @Path("/chatbots/{chatbotId}/records")
    Page<ChatbotRecord> records(@PathParam("chatbotId") String chatbotId, @QueryParam("startDate") String startDate,
                                @QueryParam("endDate") String endDate, @QueryParam("page") Integer page,
                                @QueryParam("pageSize") Integer pageSize);

    /** The same records as an Excel workbook, streamed: close the stream when done. */
    @GET
    @Path("/chatbots/{chatbotId}/records/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    InputStream exportRecords(@PathParam("chatbotId") String chatbotId, @QueryParam("startDate") String startDate,
                              @QueryParam("endDate") String endDate);

    /** The one part an upload takes: the file's name and its bytes as a stream (not held in memory). */
    static EntityPart filePart(String filename, InputStream content) {
        try {
            return EntityPart.withName("file").fileName(filename).content(content)
                    .mediaType(MediaType.APPLICATION_OCTET_STREAM_TYPE).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
