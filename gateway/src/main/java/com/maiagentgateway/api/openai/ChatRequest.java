package com.maiagentgateway.api.openai;

import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.service.ChatHistories;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A chat completion request as OpenAI's clients send it, read as far as MaiAgent can honour it. What MaiAgent cannot
 * do is refused naming the parameter (400); what has no meaning here is accepted and ignored (README: "What the
 * OpenAI-compatible API supports").
 *
 * @param earlier      every message before the last, which must be the user's
 * @param conversation an explicit MaiAgent conversation ({@code metadata.conversation_id}), else null
 */
record ChatRequest(String model, List<ChatHistories.Turn> earlier, String question, boolean stream, boolean includeUsage,
                   String conversation) {

    /** The roles a message may have; a tool's or a function's answer means tools were used, which MaiAgent cannot. */
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant");
    private static final int MAX_CONTENT = 20_000;

    static ChatRequest of(JsonObject body, String conversationHeader) {
        List<String[]> errors = new ArrayList<>();
        refuseWhatMaiAgentCannotDo(body, errors);
        String model = text(body, "model", errors);
        List<ChatHistories.Turn> messages = messages(body, errors);
        boolean stream = flag(body, "stream", errors);
        boolean includeUsage = false;
        if (body.containsKey("stream_options") && body.get("stream_options").getValueType() == JsonValue.ValueType.OBJECT) {
            includeUsage = flag(body.getJsonObject("stream_options"), "include_usage", errors, "stream_options.include_usage");
        }
        String conversation = conversationHeader;
        if (body.get("metadata") instanceof JsonObject metadata && metadata.get("conversation_id") instanceof JsonString id) {
            conversation = id.getString();
        }
        if (conversation != null && !Uuid.Validator.isUuid(conversation)) {
            errors.add(new String[] {conversationHeader != null ? "X-MaiAgent-Conversation" : "metadata.conversation_id",
                    "must be a MaiAgent conversation id (a UUID)"});
        }
        if (errors.size() == 1) {
            throw new InvalidInputException(errors.get(0)[0], errors.get(0)[1]);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(e -> new Problem.FieldError(e[0], e[1])).toList());
        }
        ChatHistories.Turn last = messages.get(messages.size() - 1);
        return new ChatRequest(model, List.copyOf(messages.subList(0, messages.size() - 1)), last.text(), stream, includeUsage, conversation);
    }

    /** The whole history, the new question included. */
    List<ChatHistories.Turn> history() {
        List<ChatHistories.Turn> all = new ArrayList<>(earlier);
        all.add(new ChatHistories.Turn("user", question));
        return all;
    }

    private static void refuseWhatMaiAgentCannotDo(JsonObject body, List<String[]> errors) {
        for (String name : List.of("tools", "functions")) {
            if (body.get(name) instanceof JsonArray list && !list.isEmpty()) {
                errors.add(new String[] {name, "is not supported: MaiAgent's chatbots call no tools"});
            }
        }
        for (String name : List.of("tool_choice", "function_call")) {
            JsonValue choice = body.get(name);
            if (choice != null && choice != JsonValue.NULL && !(choice instanceof JsonString s && s.getString().equals("none"))) {
                errors.add(new String[] {name, "is not supported: MaiAgent's chatbots call no tools"});
            }
        }
        if (body.containsKey("n") && body.get("n") != JsonValue.NULL
                && !(body.get("n").getValueType() == JsonValue.ValueType.NUMBER && body.getJsonNumber("n").isIntegral() && body.getInt("n") == 1)) {
            errors.add(new String[] {"n", "must be 1: MaiAgent gives one answer"});
        }
        if (body.get("logprobs") == JsonValue.TRUE) {
            errors.add(new String[] {"logprobs", "is not supported: MaiAgent reports no token probabilities"});
        }
        if (body.containsKey("top_logprobs") && body.get("top_logprobs") != JsonValue.NULL) {
            errors.add(new String[] {"top_logprobs", "is not supported: MaiAgent reports no token probabilities"});
        }
        if (body.get("response_format") instanceof JsonObject format && !"text".equals(format.getString("type", "text"))) {
            errors.add(new String[] {"response_format", "must be text: MaiAgent's chatbots answer in text"});
        }
        if (body.get("modalities") instanceof JsonArray modalities
                && modalities.stream().anyMatch(m -> !(m instanceof JsonString s && s.getString().equals("text")))) {
            errors.add(new String[] {"modalities", "must be [\"text\"]: MaiAgent's chatbots answer in text"});
        }
        if (body.containsKey("audio") && body.get("audio") != JsonValue.NULL) {
            errors.add(new String[] {"audio", "is not supported: MaiAgent's chatbots answer in text"});
        }
    }

    private static List<ChatHistories.Turn> messages(JsonObject body, List<String[]> errors) {
        List<ChatHistories.Turn> turns = new ArrayList<>();
        JsonValue value = body.get("messages");
        if (value == null || value == JsonValue.NULL) {
            errors.add(new String[] {"messages", "is required"});
            return turns;
        }
        if (!(value instanceof JsonArray messages)) {
            errors.add(new String[] {"messages", "must be an array of messages"});
            return turns;
        }
        if (messages.isEmpty()) {
            errors.add(new String[] {"messages", "must hold at least one message"});
            return turns;
        }
        for (int i = 0; i < messages.size(); i++) {
            String at = "messages[" + i + "]";
            if (!(messages.get(i) instanceof JsonObject message)) {
                errors.add(new String[] {at, "must be a message object"});
                continue;
            }
            String role = message.get("role") instanceof JsonString r ? r.getString() : null;
            if (role == null) {
                errors.add(new String[] {at + ".role", "is required"});
            } else if (!ROLES.contains(role)) {
                errors.add(new String[] {at + ".role", role.equals("tool") || role.equals("function")
                        ? "is not supported: MaiAgent's chatbots call no tools" : "must be system, developer, user or assistant"});
            }
            if (message.get("tool_calls") instanceof JsonArray calls && !calls.isEmpty()) {
                errors.add(new String[] {at + ".tool_calls", "is not supported: MaiAgent's chatbots call no tools"});
            }
            String text = content(message.get("content"), at + ".content", errors);
            if (text != null && text.length() > MAX_CONTENT) {
                errors.add(new String[] {at + ".content", "must be at most " + MAX_CONTENT + " characters"});
            }
            turns.add(new ChatHistories.Turn(role == null ? "" : role, text == null ? "" : text));
        }
        if (errors.isEmpty()) {
            ChatHistories.Turn last = turns.get(turns.size() - 1);
            if (!last.role().equals("user")) {
                errors.add(new String[] {"messages[" + (turns.size() - 1) + "].role", "must be user: the last message is the question"});
            } else if (last.text().isBlank()) {
                errors.add(new String[] {"messages[" + (turns.size() - 1) + "].content", "must not be empty"});
            }
        }
        return turns;
    }

    /** A message's text: a string, or an array of text parts (images, audio and files are refused). */
    private static String content(JsonValue content, String at, List<String[]> errors) {
        if (content == null || content == JsonValue.NULL) {
            return "";
        }
        if (content instanceof JsonString text) {
            return text.getString();
        }
        if (!(content instanceof JsonArray parts)) {
            errors.add(new String[] {at, "must be a string or an array of text parts"});
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String partAt = at + "[" + i + "]";
            if (!(parts.get(i) instanceof JsonObject part) || !(part.get("type") instanceof JsonString type)) {
                errors.add(new String[] {partAt, "must be a content part with a type"});
            } else if (!type.getString().equals("text")) {
                errors.add(new String[] {partAt + ".type", "is not supported: " + type.getString() + " parts; MaiAgent's chatbots read text"});
            } else if (!(part.get("text") instanceof JsonString partText)) {
                errors.add(new String[] {partAt + ".text", "must be a string"});
            } else {
                text.append(partText.getString());
            }
        }
        return text.toString();
    }

    private static String text(JsonObject body, String name, List<String[]> errors) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            errors.add(new String[] {name, "is required"});
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            errors.add(new String[] {name, "must be a non-empty string"});
            return null;
        }
        return text.getString();
    }

    private static boolean flag(JsonObject body, String name, List<String[]> errors) {
        return flag(body, name, errors, name);
    }

    private static boolean flag(JsonObject body, String name, List<String[]> errors, String param) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        errors.add(new String[] {param, "must be true or false"});
        return false;
    }
}
