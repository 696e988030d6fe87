package com.maiagentgateway.upstream;

import static com.maiagentgateway.upstream.WireJson.decimal;
import static com.maiagentgateway.upstream.WireJson.flag;
import static com.maiagentgateway.upstream.WireJson.instant;
import static com.maiagentgateway.upstream.WireJson.integer;
import static com.maiagentgateway.upstream.WireJson.isNull;
import static com.maiagentgateway.upstream.WireJson.list;
import static com.maiagentgateway.upstream.WireJson.member;
import static com.maiagentgateway.upstream.WireJson.object;
import static com.maiagentgateway.upstream.WireJson.text;
import static com.maiagentgateway.upstream.WireJson.whole;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.Canvas;
import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.Citation;
import com.maiagentgateway.model.CitationNode;
import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.Contact;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Feedback;
import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.model.Inbox;
import com.maiagentgateway.model.LastMessage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.model.Sender;
import com.maiagentgateway.model.StoredUpload;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The translation from MaiAgent's JSON, in all its variants, to the gateway's model. */
public final class MaiAgentWire {

    private MaiAgentWire() {
    }

    public static Message message(JsonObject json) {
        JsonObject sender = object(json, "sender");
        return new Message(text(json, "id"), text(json, "conversation"),
                sender == null ? null : new Sender(text(sender, "id"), text(sender, "name"), text(sender, "avatar"),
                        text(sender, "email"), text(sender, "phoneNumber")),
                text(json, "type"), text(json, "content"), object(json, "contentPayload"), feedback(member(json, "feedback")),
                instant(json, "createdAt"), list(json, "attachments", MaiAgentWire::attachment),
                list(json, "citations", MaiAgentWire::citation), list(json, "citationNodes", MaiAgentWire::citationNode),
                canvas(object(json, "canvas")), object(json, "queryMetadata"));
    }

    /**
     * A passage a reply drew on: in a message {@code {chatbotTextNode: {...}, score, displayScore}},
     * in a record just {@code {id, text}}.
     */
    public static CitationNode citationNode(JsonObject json) {
        JsonObject node = object(json, "chatbotTextNode");
        JsonObject source = node == null ? json : node;
        return new CitationNode(text(source, "id"), text(source, "text"), text(source, "filename"),
                text(source, "chatbotFile"), integer(source, "pageNumber"), decimal(json, "score"), integer(json, "displayScore"));
    }

    static Canvas canvas(JsonObject json) {
        return json == null ? null : new Canvas(text(json, "id"), text(json, "name"), text(json, "canvasType"),
                text(json, "title"), text(json, "content"), instant(json, "createdAt"));
    }

    /** Feedback as an object, a bare string ("like") or null. */
    public static Feedback feedback(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : new Feedback(null, s.getString(), null, null);
        }
        if (isNull(value) || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject json = value.asJsonObject();
        return new Feedback(text(json, "id"), text(json, "type"), text(json, "suggestion"), instant(json, "updatedAt"));
    }

    public static Attachment attachment(JsonObject json) {
        String type = text(json, "type"); // "{}" (an object) reads as null
        return new Attachment(text(json, "id"), type == null ? null : type.toLowerCase(Locale.ROOT),
                text(json, "filename"), text(json, "file"), text(json, "conversation"));
    }

    public static Citation citation(JsonObject json) {
        JsonObject base = object(json, "knowledgeBase");
        return new Citation(text(json, "id"), text(json, "filename"), text(json, "file"), text(json, "fileType"),
                whole(json, "size"), instant(json, "createdAt"),
                base == null ? null : new Citation.KnowledgeBase(text(base, "id"), text(base, "name")),
                list(json, "labels", label -> new Citation.Label(text(label, "id"), text(label, "name"))));
    }

    public static Conversation conversation(JsonObject json) {
        JsonObject contact = object(json, "contact");
        JsonObject inbox = object(json, "inbox");
        JsonObject last = object(json, "lastMessage");
        Long unread = whole(json, "unreadMessagesCount");
        return new Conversation(text(json, "id"), text(json, "title"),
                contact == null ? null : new Contact(text(contact, "id"), text(contact, "name"), text(contact, "avatar")),
                inbox == null ? null : new Inbox(text(inbox, "id"), text(inbox, "name"), text(inbox, "channelType")),
                last == null ? null : new LastMessage(text(last, "id"), text(last, "type"), text(last, "content"), instant(last, "createdAt")),
                instant(json, "lastMessageCreatedAt"), unread == null ? 0 : unread.intValue(), instant(json, "createdAt"),
                flag(json, "autoReplyEnabled"), flag(json, "isAutoReplyNow"), instant(json, "lastReadAt"));
    }

    public static ChatbotRecord record(JsonObject json) {
        return new ChatbotRecord(text(json, "id"), text(json, "senderName"), text(json, "inputMessage"),
                text(json, "condenseMessage"), text(json, "outputMessage"), feedback(member(json, "feedback")),
                new ChatbotRecord.Scores(decimal(json, "faithfulnessScore"), decimal(json, "answerRelevancyScore"),
                        decimal(json, "contextPrecisionScore"), decimal(json, "answerCorrectnessScore"),
                        decimal(json, "answerSimilarityScore"), decimal(json, "contextRecallScore")),
                new ChatbotRecord.DisplayScores(integer(json, "displayFaithfulnessScore"), integer(json, "displayAnswerRelevancyScore"),
                        integer(json, "displayContextPrecisionScore"), integer(json, "displayAnswerCorrectnessScore"),
                        integer(json, "displayAnswerSimilarityScore"), integer(json, "displayContextRecallScore")),
                text(json, "replyTime"), instant(json, "createdAt"), text(json, "error"), object(json, "processingTime"),
                object(json, "usage"), list(json, "citationNodes", MaiAgentWire::citationNode), text(json, "context"));
    }

    public static CompletionReply completion(JsonObject json) {
        return new CompletionReply(text(json, "content"), text(json, "conversationId"));
    }

    /** One streamed event's data: {@code content}, {@code conversation_id} (or camelCase), {@code done}. */
    public static ReplyDelta delta(JsonObject json) {
        JsonValue done = member(json, "done");
        String content = text(json, "content");
        return new ReplyDelta(content == null ? "" : content, text(json, "conversationId"),
                done != null && done.getValueType() == JsonValue.ValueType.TRUE);
    }

    /** A cursor page; the cursors are the tokens MaiAgent put in its next/previous URLs. */
    public static <T> CursorPage<T> cursorPage(JsonObject json, Function<JsonObject, T> read) {
        return new CursorPage<>(list(json, "results", read), cursorIn(text(json, "next")),
                cursorIn(text(json, "previous")), whole(json, "count"));
    }

    public static <T> PageOf<T> numberedPage(JsonObject json, Function<JsonObject, T> read, int page, int pageSize) {
        Long count = whole(json, "count");
        List<T> items = list(json, "results", read);
        return new PageOf<>(items, count == null ? items.size() : count, page, pageSize);
    }

    /** Marks a position MaiAgent gave as a page number rather than a cursor. */
    public static final String PAGE_CURSOR_PREFIX = "page:";

    /**
     * Where a next/previous URL points: its {@code cursor} token, or "page:N" where MaiAgent used a
     * page number instead; null for none. Parsed by hand: the docs show such URLs with stray quotes.
     */
    static String cursorIn(String url) {
        if (url == null || url.isBlank() || url.indexOf('?') < 0) {
            return null;
        }
        String page = null;
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = URLDecoder.decode(pair.substring(eq + 1).replaceAll("[\"'\\s]+$", ""), StandardCharsets.UTF_8)
                    .replaceAll("[\"'\\s]+$", "");
            switch (pair.substring(0, eq)) {
                case "cursor" -> {
                    return value.isEmpty() ? null : value;
                }
                case "page" -> page = value.matches("\\d+") ? PAGE_CURSOR_PREFIX + value : null;
                default -> {
                    // other filters are the caller's own and are sent again anyway
                }
            }
        }
        return page;
    }

    public static StoredUpload storedUpload(JsonObject json) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject given = object(json, "fields");
        if (given != null) {
            given.forEach((name, value) -> fields.put(name, text(value)));
        }
        return new StoredUpload(text(json, "url"), fields);
    }

    /**
     * The allowed file specs, whichever spelling: categories and fields in camelCase, extensions
     * in lower case; a null content type means any type is allowed for that extension list.
     */
    public static List<FileRule> fileRules(JsonObject json) {
        List<FileRule> rules = new ArrayList<>();
        json.forEach((category, fields) -> {
            if (fields.getValueType() != JsonValue.ValueType.OBJECT) {
                return;
            }
            fields.asJsonObject().forEach((field, specs) -> {
                if (specs.getValueType() != JsonValue.ValueType.ARRAY) {
                    return;
                }
                for (JsonValue spec : specs.asJsonArray()) {
                    if (spec.getValueType() != JsonValue.ValueType.OBJECT) {
                        continue;
                    }
                    JsonObject rule = spec.asJsonObject();
                    Map<String, String> types = new LinkedHashMap<>();
                    JsonObject byExtension = object(rule, "contentType");
                    if (byExtension != null) {
                        byExtension.forEach((ext, type) -> types.put(ext.toLowerCase(Locale.ROOT), text(type)));
                    }
                    Long max = whole(rule, "maxSize");
                    rules.add(new FileRule(camel(category), camel(field), types, max == null ? 0 : max));
                }
            });
        });
        return rules;
    }

    static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
