package com.maiagentgateway.api.openai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * OpenAI's chat completion objects, whole ({@code chat.completion}) and in pieces ({@code chat.completion.chunk}), with
 * MaiAgent's conversation in an extension member ({@code maiagent}) that OpenAI's clients ignore.
 */
final class ChatCompletionJson {

    private ChatCompletionJson() {
    }

    /** What every object of one answer shares: its id, creation time and model. */
    record Answer(String id, long created, String model) {
    }

    record Usage(int promptTokens, int completionTokens) {
        JsonObject json() {
            return Json.createObjectBuilder().add("prompt_tokens", promptTokens).add("completion_tokens", completionTokens)
                    .add("total_tokens", promptTokens + completionTokens).build();
        }
    }

    static JsonObject whole(Answer answer, String content, String conversationId, Usage usage) {
        JsonObject message = Json.createObjectBuilder().add("role", "assistant").add("content", content)
                .add("refusal", JsonValue.NULL).build();
        JsonObject choice = Json.createObjectBuilder().add("index", 0).add("message", message)
                .add("logprobs", JsonValue.NULL).add("finish_reason", "stop").build();
        return common(answer, "chat.completion").add("choices", Json.createArrayBuilder().add(choice))
                .add("usage", usage.json()).add("maiagent", maiAgent(conversationId)).build();
    }

    /** A piece of the answer; the first also says who speaks. */
    static JsonObject contentChunk(Answer answer, String content, String conversationId, boolean first) {
        JsonObjectBuilder delta = Json.createObjectBuilder();
        if (first) {
            delta.add("role", "assistant");
        }
        return chunk(answer, delta.add("content", content).build(), null, conversationId);
    }

    static JsonObject lastChunk(Answer answer, String conversationId) {
        return chunk(answer, JsonValue.EMPTY_JSON_OBJECT, "stop", conversationId);
    }

    /** {@code stream_options.include_usage}: after the last piece, one with no choices and the usage. */
    static JsonObject usageChunk(Answer answer, Usage usage) {
        return common(answer, "chat.completion.chunk").add("choices", JsonValue.EMPTY_JSON_ARRAY).add("usage", usage.json()).build();
    }

    private static JsonObject chunk(Answer answer, JsonObject delta, String finishReason, String conversationId) {
        JsonObjectBuilder choice = Json.createObjectBuilder().add("index", 0).add("delta", delta).add("logprobs", JsonValue.NULL);
        choice.add("finish_reason", finishReason == null ? JsonValue.NULL : Json.createValue(finishReason));
        JsonObjectBuilder chunk = common(answer, "chat.completion.chunk").add("choices", Json.createArrayBuilder().add(choice));
        if (conversationId != null) {
            chunk.add("maiagent", maiAgent(conversationId));
        }
        return chunk.build();
    }

    private static JsonObjectBuilder common(Answer answer, String object) {
        return Json.createObjectBuilder().add("id", answer.id()).add("object", object).add("created", answer.created())
                .add("model", answer.model()).add("system_fingerprint", JsonValue.NULL);
    }

    private static JsonObject maiAgent(String conversationId) {
        JsonObjectBuilder extension = Json.createObjectBuilder();
        extension.add("conversation_id", conversationId == null ? JsonValue.NULL : Json.createValue(conversationId));
        return extension.build();
    }
}
