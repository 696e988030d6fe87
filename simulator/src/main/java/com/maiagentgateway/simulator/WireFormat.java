package com.maiagentgateway.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;

/**
 * MaiAgent's JSON, shape for shape as its API pages print it (camelCase keys, ids as strings,
 * timestamps as epoch-millisecond strings, and the odd variants the seed data carries).
 */
final class WireFormat {

    private WireFormat() {
    }

    /** Makes seeded/stored object references absolute against the simulator's own base URI. */
    static String fileUrl(String file, URI simulatorBase) {
        if (file != null && file.startsWith(SeedObjects.OBJECT_SCHEME)) {
            return simulatorBase.resolve("storage/objects/" + encodedKey(file.substring(SeedObjects.OBJECT_SCHEME.length()))).toString();
        }
        return file;
    }

    /** An object key as it goes in a URL path, each segment percent-encoded, as S3 URLs have it. */
    static String encodedKey(String key) {
        StringBuilder path = new StringBuilder();
        for (String segment : key.split("/", -1)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path.toString();
    }

    static JsonObject conversation(SimConversation c, SimMessage last, long lastActivity) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", c.id())
                .add("contact", contact(c.contact()))
                .add("inbox", Json.createObjectBuilder()
                        .add("id", c.inbox().id())
                        .add("name", c.inbox().name())
                        .add("channelType", c.inbox().channelType())
                        .add("unreadConversationsCount", 3))
                .add("title", c.title());
        if (last == null) {
            json.addNull("lastMessage");
        } else {
            json.add("lastMessage", Json.createObjectBuilder()
                    .add("id", last.id())
                    .add("type", last.type())
                    .add("content", last.content())
                    .addNull("contentPayload")
                    .add("feedback", last.feedback())
                    .add("createdAt", last.createdAt())
                    .addNull("queryMetadata"));
        }
        return json
                .add("lastMessageCreatedAt", String.valueOf(lastActivity))
                .add("unreadMessagesCount", c.unreadMessagesCount())
                .add("autoReplyEnabled", true)
                .add("isAutoReplyNow", false)
                .addNull("lastReadAt")
                .add("createdAt", String.valueOf(c.createdAt()))
                .add("isGroupChat", false)
                .add("enableGroupMention", false)
                .add("enableLoadingAnimation", true)
                .addNull("queryMetadata")
                .addNull("toolMask")
                .add("llm", c.llmId())
                .add("ipAddress", c.ipAddress())
                .add("ipRecordedAt", String.valueOf(c.createdAt()))
                .build();
    }

    private static JsonObjectBuilder contact(SimContact contact) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", contact.id()).add("name", contact.name());
        if (contact.avatar() == null) {
            json.addNull("avatar");
        } else {
            json.add("avatar", contact.avatar());
        }
        if (contact.sourceId() == null) {
            return json.addNull("sourceId");
        }
        return json.add("sourceId", contact.sourceId());
    }

    static JsonObject message(SimMessage m, URI simulatorBase) {
        JsonObjectBuilder sender = Json.createObjectBuilder().add("id", m.senderId()).add("name", m.senderName());
        if (m.senderAvatar() == null) {
            sender.addNull("avatar");
        } else {
            sender.add("avatar", m.senderAvatar());
        }
        JsonValue payload = m.extras().containsKey("contentPayload") ? m.extras().get("contentPayload")
                : Json.createObjectBuilder()
                        .add("content", m.content())
                        .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "text").add("text", m.content()).addNull("startTimestamp")
                                .add("citations", JsonValue.EMPTY_JSON_ARRAY)))
                        .addNull("metadata").build();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", m.id())
                .add("conversation", m.conversationId())
                .add("sender", sender)
                .add("type", m.type())
                .add("content", m.content())
                .add("contentPayload", payload)
                .add("feedback", m.feedback())
                .add("createdAt", m.createdAt())
                .add("attachments", absoluteFiles(m.attachments(), simulatorBase))
                .add("citations", absoluteFiles(m.citations(), simulatorBase))
                .add("citationNodes", m.citations().isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : citationNodes(m));
        if (m.extras().containsKey("canvas")) {
            json.add("canvas", Json.createObjectBuilder(m.extras().getJsonObject("canvas"))
                    .add("id", SeedData.uuid("canvas-" + m.id())).add("createdAt", m.createdAt()));
        }
        return json.add("queryMetadata", m.extras().getOrDefault("queryMetadata", JsonValue.NULL)).build();
    }

    private static JsonArray citationNodes(SimMessage m) {
        JsonObject citation = m.citations().getJsonObject(0);
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("chatbotTextNode", Json.createObjectBuilder()
                        .add("id", SeedData.uuid("node-" + m.id()))
                        .add("charactersCount", m.content().length())
                        .add("hitsCount", 3)
                        .add("text", m.content())
                        .add("updatedAt", m.createdAt())
                        .add("filename", citation.getString("filename"))
                        .add("chatbotFile", citation.getString("id"))
                        .add("pageNumber", 2))
                .add("score", 0.83)
                .add("displayScore", 83)).build();
    }

    private static JsonArray absoluteFiles(JsonArray items, URI simulatorBase) {
        if (items.isEmpty()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue item : items) {
            JsonObject object = item.asJsonObject();
            out.add(Json.createObjectBuilder(object).add("file", fileUrl(object.getString("file"), simulatorBase)));
        }
        return out.build();
    }

    static JsonObject attachment(SimAttachment a, URI simulatorBase) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", a.id())
                .add("type", a.type() == null ? JsonValue.EMPTY_JSON_OBJECT : Json.createValue(a.type()))
                .add("filename", a.filename())
                .add("file", fileUrl(a.file(), simulatorBase));
        if (a.conversationId() != null) {
            json.add("conversation", a.conversationId());
        }
        return json.build();
    }

    static JsonObject record(SimRecord r) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", r.id())
                .add("senderName", r.senderName())
                .add("feedback", r.feedback())
                .add("inputMessage", r.inputMessage())
                .add("condenseMessage", r.inputMessage())
                .add("outputMessage", r.outputMessage());
        score(json, "faithfulnessScore", "displayFaithfulnessScore", r.faithfulness());
        score(json, "answerRelevancyScore", "displayAnswerRelevancyScore", r.answerRelevancy());
        score(json, "contextPrecisionScore", "displayContextPrecisionScore", r.contextPrecision());
        score(json, "answerCorrectnessScore", "displayAnswerCorrectnessScore", r.answerCorrectness());
        score(json, "answerSimilarityScore", "displayAnswerSimilarityScore", r.answerSimilarity());
        score(json, "contextRecallScore", "displayContextRecallScore", r.contextRecall());
        json.add("replyTime", String.format(java.util.Locale.ROOT, "%.2f", r.replySeconds()))
                .add("createdAt", String.valueOf(r.createdAt()));
        if (r.error() == null) {
            json.addNull("error");
        } else {
            json.add("error", r.error());
        }
        return json
                .add("processingTime", Json.createObjectBuilder().add("id", SeedData.uuid("pt-" + r.id()))
                        .add("name", "processing").add("description", String.format(java.util.Locale.ROOT, "%.2fs", r.replySeconds())))
                .add("usage", Json.createObjectBuilder().add("id", SeedData.uuid("usage-" + r.id()))
                        .add("name", "tokens").add("description", (r.inputMessage().length() * 3 + r.outputMessage().length() * 3) + " tokens"))
                .add("citationNodes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", SeedData.uuid("rnode-" + r.id())).add("text", r.outputMessage())))
                .add("context", r.outputMessage())
                .build();
    }

    private static void score(JsonObjectBuilder json, String raw, String display, double value) {
        json.add(raw, value).add(display, (int) Math.round(value * 100));
    }
}
