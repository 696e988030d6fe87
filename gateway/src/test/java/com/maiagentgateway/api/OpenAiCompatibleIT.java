package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.SimulatorClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI-compatible API as OpenAI's own Java SDK (openai-java) and LangChain4j call it, configured only with the
 * gateway's address and a client application's key: whole and streamed answers, a second turn that continues the same
 * MaiAgent conversation, and refusals as each library's own exceptions.
 */
class OpenAiCompatibleIT extends CallingTheGateway {

    private static final String MODEL = "support-bot";

    private final String baseUrl = gateway.toExternalForm() + "openai/v1";

    /** A new application granted completions on the support bot, with its key. */
    private String applicationKey(String quotas) {
        HttpResponse<String> created = send(as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"openai-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"owner\":\"OpenAI SDK test\",\"contact\":\"ops@example.com\","
                        + "\"operations\":[\"completions\"],\"chatbots\":[\"" + SimulatorClient.SUPPORT_BOT + "\"]" + quotas + "}")));
        assertEquals(201, created.statusCode(), created::body);
        return json(created).getJsonObject("key").getString("key");
    }

    private OpenAIClient openAi(String key) {
        return OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(key).maxRetries(0).timeout(Duration.ofSeconds(30)).build();
    }

    @SuppressWarnings("unchecked")
    private static String conversationOf(Map<String, com.openai.core.JsonValue> extensions) {
        return (String) extensions.get("maiagent").convert(Map.class).get("conversation_id");
    }

    /** The messages MaiAgent holds in a conversation, through the gateway's own API. */
    private JsonArray messagesOf(String conversation) {
        HttpResponse<String> listed = send(as(request(gateway, "/api/v1/conversations/" + conversation + "/messages?pageSize=20"), DevUsers.ADMIN));
        assertEquals(200, listed.statusCode(), listed::body);
        return json(listed).getJsonArray("items");
    }

    @Test
    void openAiJavaAsksWholeAndStreamedAndItsSecondTurnContinuesTheConversation() {
        OpenAIClient client = openAi(applicationKey(""));

        ChatCompletion first = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(MODEL).addSystemMessage("Be brief.").addUserMessage("What are your opening hours?").build());
        String answer = first.choices().get(0).message().content().orElseThrow();
        assertTrue(answer.contains("opening hours"), answer);
        assertTrue(first.usage().orElseThrow().completionTokens() > 5, first.usage().toString());
        String conversation = conversationOf(first._additionalProperties());
        assertNotNull(conversation);

        ChatCompletion second = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(MODEL).addSystemMessage("Be brief.").addUserMessage("What are your opening hours?")
                .addAssistantMessage(answer).addUserMessage("And on Sundays?").build());
        assertEquals(conversation, conversationOf(second._additionalProperties()), "the resent history continued its conversation");
        assertEquals(4, messagesOf(conversation).size(), "MaiAgent holds one conversation: two questions, two answers");

        // Streamed: the pieces arrive one by one as MaiAgent generates them, then the usage.
        List<Long> arrivals = new ArrayList<>();
        StringBuilder streamed = new StringBuilder();
        ChatCompletionChunk[] usage = new ChatCompletionChunk[1];
        try (StreamResponse<ChatCompletionChunk> chunks = client.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
                .model(MODEL).addUserMessage("Is there a student discount?")
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            chunks.stream().forEach(chunk -> {
                if (chunk.usage().isPresent()) {
                    usage[0] = chunk;
                }
                chunk.choices().forEach(choice -> choice.delta().content().filter(text -> !text.isEmpty()).ifPresent(text -> {
                    arrivals.add(System.nanoTime());
                    streamed.append(text);
                }));
            });
        }
        assertTrue(streamed.toString().contains("student discount"), streamed.toString());
        assertTrue(arrivals.size() > 10, arrivals.size() + " pieces");
        long spreadMillis = TimeUnit.NANOSECONDS.toMillis(arrivals.get(arrivals.size() - 1) - arrivals.get(0));
        assertTrue(spreadMillis > 300, "the pieces came as generated (the simulator spaces them 40 ms apart), not at the end: " + spreadMillis + " ms");
        assertNotNull(usage[0], "stream_options.include_usage");
        assertTrue(usage[0].usage().orElseThrow().completionTokens() > 5);
    }

    @Test
    void openAiJavaMeetsRefusalsAsItsOwnExceptions() {
        UnauthorizedException badKey = assertThrows(UnauthorizedException.class, () -> openAi("mgw_nothing_" + "x".repeat(32))
                .chat().completions().create(ChatCompletionCreateParams.builder().model(MODEL).addUserMessage("hi").build()));
        assertEquals(401, badKey.statusCode());

        NotFoundException unknownModel = assertThrows(NotFoundException.class, () -> openAi(applicationKey("")).chat().completions()
                .create(ChatCompletionCreateParams.builder().model("no-such-bot").addUserMessage("hi").build()));
        assertTrue(unknownModel.getMessage().contains("no-such-bot"), unknownModel.getMessage());

        OpenAIClient client = openAi(applicationKey(",\"quotas\":{\"completionsPerDay\":1}"));
        client.chat().completions().create(ChatCompletionCreateParams.builder().model(MODEL).addUserMessage("hi").build());
        RateLimitException overQuota = assertThrows(RateLimitException.class, () -> client.chat().completions()
                .create(ChatCompletionCreateParams.builder().model(MODEL).addUserMessage("hi again").build()));
        assertEquals(429, overQuota.statusCode());
        assertTrue(overQuota.headers().values("retry-after").size() == 1, "Retry-After");
    }

    @Test
    void langChain4jChatsWholeAndStreamedAndContinuesTheConversation() throws Exception {
        String key = applicationKey("");
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(key).modelName(MODEL).maxRetries(0).build();
        String answer = model.chat("營業時間是？");
        assertTrue(answer.contains("營業時間"), answer);

        ChatResponse second = model.chat(UserMessage.from("營業時間是？"), AiMessage.from(answer), UserMessage.from("週日呢？"));
        assertFalse(second.aiMessage().text().isBlank());
        assertTrue(second.tokenUsage().outputTokenCount() > 0);

        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(key).modelName(MODEL).build();
        List<Long> arrivals = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat("Is there a student discount?", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                arrivals.add(System.nanoTime());
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse whole = done.get(30, TimeUnit.SECONDS);
        assertTrue(whole.aiMessage().text().contains("student discount"), whole.aiMessage().text());
        assertTrue(arrivals.size() > 10, arrivals.size() + " pieces");
        assertTrue(TimeUnit.NANOSECONDS.toMillis(arrivals.get(arrivals.size() - 1) - arrivals.get(0)) > 300, "pieces came as generated");
    }

    @Test
    void langChain4jMeetsRefusalsAsItsOwnExceptions() {
        OpenAiChatModel badKey = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("mgw_nothing_" + "x".repeat(32))
                .modelName(MODEL).maxRetries(0).build();
        assertThrows(AuthenticationException.class, () -> badKey.chat("hi"));
        OpenAiChatModel unknown = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(applicationKey(""))
                .modelName("no-such-bot").maxRetries(0).build();
        assertThrows(ModelNotFoundException.class, () -> unknown.chat("hi"));
    }

    @Test
    void theModelsAreTheChatbotsTheKeyMayUse() {
        String key = applicationKey("");
        HttpResponse<String> listed = send(request(gateway, "/openai/v1/models").header("Authorization", "Bearer " + key));
        assertEquals(200, listed.statusCode(), listed::body);
        JsonArray models = json(listed).getJsonArray("data");
        assertEquals(1, models.size(), listed.body());
        assertEquals(MODEL, models.getJsonObject(0).getString("id"));
        assertEquals(SimulatorClient.SUPPORT_BOT, models.getJsonObject(0).getJsonObject("maiagent").getString("chatbot_id"));
    }

    @Test
    void whatMaiAgentCannotDoIsRefusedInOpenAisShapeNamingTheParameter() {
        String key = applicationKey("");
        for (String[] refused : new String[][] {
                {"{\"model\":\"support-bot\",\"messages\":[]}", "messages"},
                {"{\"model\":\"support-bot\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}", "messages[1].role"},
                {"{\"model\":\"support-bot\",\"messages\":[{\"role\":\"user\",\"content\":42}]}", "messages[0].content"},
                {"{\"model\":\"support-bot\",\"n\":2,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "n"},
                {"{\"model\":\"support-bot\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "tools"},
                {"{\"model\":\"support-bot\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}]}]}", "messages[0].content[0].type"},
                {"{\"model\":\"support-bot\",\"logprobs\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "logprobs"},
        }) {
            HttpResponse<String> answer = send(request(gateway, "/openai/v1/chat/completions").header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(refused[0])));
            assertEquals(400, answer.statusCode(), answer::body);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().toString());
            JsonObject error = json(answer).getJsonObject("error");
            assertEquals("invalid_request_error", error.getString("type"), answer.body());
            assertEquals(refused[1], error.getString("param"), answer.body());
            assertFalse(error.getString("message").isBlank());
        }
        // Parameters with no meaning here are accepted and ignored.
        HttpResponse<String> ignored = send(request(gateway, "/openai/v1/chat/completions").header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"support-bot\","
                        + "\"temperature\":0.2,\"top_p\":0.9,\"max_tokens\":50,\"seed\":7,\"user\":\"u-1\",\"stop\":[\"\\n\"],"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")));
        assertEquals(200, ignored.statusCode(), ignored::body);
        HttpResponse<String> unauthenticated = send(request(gateway, "/openai/v1/models"));
        assertEquals(401, unauthenticated.statusCode());
        assertEquals("authentication_error", json(unauthenticated).getJsonObject("error").getString("type"), unauthenticated.body());
    }
}
