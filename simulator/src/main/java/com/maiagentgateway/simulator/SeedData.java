package com.maiagentgateway.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the simulator holds when it starts: inboxes, chatbots, a few hundred conversations in
 * Chinese, Japanese and English (emoji, very long texts), threads with attachments, citations and
 * every feedback variant, and records across three months. Deterministic apart from "now".
 */
final class SeedData {

    static final int CONVERSATIONS = 320;
    static final int RECORD_DAYS = 90;

    /** The bot's sender id as MaiAgent's examples print it: bare numbers beyond 64 bits, or a UUID. */
    static final List<JsonValue> BOT_SENDER_IDS = List.of(
            Json.createValue(new BigInteger("324816370485542537671391323877394598747")),
            Json.createValue(new BigDecimal("2.992461161002561e+38")),
            Json.createValue(uuid("bot-sender")));

    static final SimInbox WEB = new SimInbox(uuid("inbox-web"), "官網客服 Web", "web", uuid("webchat-main"));
    static final SimInbox LINE = new SimInbox(uuid("inbox-line"), "LINE 公式アカウント", "line", null);
    static final SimInbox TELEGRAM = new SimInbox(uuid("inbox-telegram"), "Support Bot (Telegram)", "telegram", null);
    static final SimChatbot SUPPORT_BOT = new SimChatbot(uuid("chatbot-support"), "客服小幫手");
    static final SimChatbot FAQ_BOT = new SimChatbot(uuid("chatbot-faq"), "社内FAQボット");

    private static final String[][] CONTACTS = {
            {"林怡君", "zh"}, {"陳志明", "zh"}, {"黃雅婷", "zh"}, {"張家豪", "zh"}, {"王小明", "zh"},
            {"佐藤 花子", "ja"}, {"鈴木 一郎", "ja"}, {"高橋 美咲", "ja"}, {"田中 健太", "ja"},
            {"Emily Carter", "en"}, {"Daniel Kim", "en"}, {"Priya Nair", "en"}, {"Lucas 🚀 Silva", "en"}};

    private static final String[] ZH_QUESTIONS = {
            "請問你們的營業時間是幾點到幾點？", "我想查詢訂單 #A1024 的出貨進度", "退貨需要附上發票嗎？",
            "會員點數什麼時候會到期？", "可以開立公司統編的發票嗎？🧾", "這個方案有包含國際漫遊嗎？",
            "為什麼我的帳號被鎖住了😢", "APP 一直閃退，該怎麼辦？"};
    private static final String[] ZH_ANSWERS = {
            "我們的客服時間為週一至週五 09:00–18:00，例假日暫停服務。", "您的訂單已於今日出貨，預計 1–2 個工作天送達。",
            "退貨時請附上原發票，若為電子發票則不需另外附上。", "會員點數將於取得後 12 個月到期，可在會員中心查詢。",
            "可以的，結帳時請於發票欄位填寫統一編號即可。", "此方案未包含國際漫遊，如需使用請另外加購。",
            "帳號連續輸入錯誤密碼五次會暫時鎖定 30 分鐘，請稍後再試或重設密碼。", "請先更新至最新版本，若仍閃退請清除快取後重新開啟。"};
    private static final String[] JA_QUESTIONS = {
            "経費精算の締め日はいつですか？", "有給休暇の申請方法を教えてください", "VPN に接続できません🙇",
            "名刺の発注はどこからできますか？", "在宅勤務手当について知りたいです"};
    private static final String[] JA_ANSWERS = {
            "経費精算の締め日は毎月25日です。", "有給休暇は勤怠システムの「休暇申請」から申請できます。",
            "VPN クライアントを再起動し、それでも接続できない場合は情報システム部へご連絡ください。",
            "名刺は総務ポータルの「名刺発注」から依頼できます。", "在宅勤務手当は月額3,000円で、給与と一緒に支給されます。"};
    private static final String[] EN_QUESTIONS = {
            "How do I reset my password?", "Can I change the delivery address after ordering?",
            "Do you ship to Singapore? 🇸🇬", "What does the premium plan include?", "Is there a student discount?"};
    private static final String[] EN_ANSWERS = {
            "Choose “Forgot password” on the sign-in page and follow the link we email you.",
            "Yes, as long as the order has not shipped: open the order and choose “Change address”.",
            "We ship to Singapore; delivery usually takes 5–7 business days.",
            "Premium includes priority support, unlimited projects and a 99.9% uptime SLA.",
            "Students get 30% off with a valid school email address."};
    private static final String LONG_TEXT = ("這是一段非常長的訊息，用來測試介面如何處理長文字與換行。"
            + "長い文章の表示も確認します。 A very long message checks wrapping, truncation and scrolling. ").repeat(12);

    private SeedData() {
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("maiagent-simulator:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void plant(SimulatorStore store) {
        Random random = new Random(20261122L);
        Instant now = Instant.now();
        for (SimInbox inbox : List.of(WEB, LINE, TELEGRAM)) {
            store.addInbox(inbox);
        }
        store.addChatbot(SUPPORT_BOT);
        store.addChatbot(FAQ_BOT);
        SimInbox[] inboxes = {WEB, WEB, WEB, LINE, LINE, TELEGRAM};
        for (int n = 0; n < CONVERSATIONS; n++) {
            plantConversation(store, random, n, inboxes[random.nextInt(inboxes.length)], now);
        }
        for (SimChatbot chatbot : store.chatbots()) {
            plantRecords(store, random, chatbot, now);
        }
        plantPoorAnswers(store, now);
    }

    /** Questions the knowledge base has no answer for, answered beside the point. */
    private static final String[][] POOR_ANSWERS = {
            {"可以用比特幣付款嗎？", "我們的客服時間為週一至週五 09:00–18:00，例假日暫停服務。", "張家豪"},
            {"Can I bring my dog to the store?", "Premium includes priority support, unlimited projects and a 99.9% uptime SLA.", "Daniel Kim"},
            {"颱風天會停止配送嗎？", "會員點數將於取得後 12 個月到期，可在會員中心查詢。", "黃雅婷"}};

    /**
     * A few exchanges the support bot answered poorly, as a conversation each and as the record MaiAgent keeps of
     * it (same question, answer, sender and time, low scores, a dislike), so a record can be traced to its thread.
     * Planted last, after every random draw, so the rest of the seed is unchanged.
     */
    private static void plantPoorAnswers(SimulatorStore store, Instant now) {
        for (int k = 0; k < POOR_ANSWERS.length; k++) {
            String[] exchange = POOR_ANSWERS[k];
            long asked = now.minus(Duration.ofDays(2L + 3 * k)).minus(Duration.ofMinutes(47)).toEpochMilli();
            long answered = asked + 4_000;
            SimContact contact = new SimContact(uuid("contact-poor-" + k), exchange[2], null, "src-poor-" + k);
            SimConversation conversation = new SimConversation(uuid("conversation-poor-" + k), WEB, contact, exchange[0], asked - 1_000,
                    uuid("llm-gpt"), "203.0.113.251", 0);
            store.addConversation(conversation);
            store.addMessage(new SimMessage(uuid("message-poor-" + k + "-in"), conversation.id(), Json.createValue(contact.id()),
                    contact.name(), null, "incoming", exchange[0], JsonValue.NULL, String.valueOf(asked), asked,
                    JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_ARRAY));
            JsonValue dislike = Json.createObjectBuilder().add("id", uuid("feedback-poor-" + k)).add("type", "dislike")
                    .add("suggestion", "答非所問").add("updatedAt", String.valueOf(answered + 30_000)).build();
            store.addMessage(new SimMessage(uuid("message-poor-" + k + "-out"), conversation.id(), BOT_SENDER_IDS.get(2),
                    SUPPORT_BOT.name(), null, "outgoing", exchange[1], dislike, String.valueOf(answered), answered,
                    JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_ARRAY));
            store.addRecord(new SimRecord(uuid("record-poor-" + k), SUPPORT_BOT.id(), contact.name(), dislike, exchange[0], exchange[1],
                    0.31 + 0.05 * k, 0.18 + 0.06 * k, 0.22, 0.2, 0.25, 0.3, 4.0, answered, null));
        }
    }

    private static void plantConversation(SimulatorStore store, Random random, int n, SimInbox inbox, Instant now) {
        String[] who = CONTACTS[random.nextInt(CONTACTS.length)];
        String language = who[1];
        SimContact contact = new SimContact(uuid("contact-" + n), who[0],
                n % 7 == 0 ? null : "https://cdn.maiagent.example/avatars/" + (n % 20) + ".png", "src-" + (10_000 + n));
        String[] questions = questions(language);
        String title = switch (n % 25) {
            case 0 -> LONG_TEXT.substring(0, 180);
            case 1 -> "🎉🎉 " + questions[n % questions.length] + " ✨";
            default -> questions[n % questions.length];
        };
        long created = now.minus(Duration.ofMinutes(60L * 24 * 60 * (CONVERSATIONS - n) / CONVERSATIONS + random.nextInt(50))).toEpochMilli();
        SimConversation conversation = new SimConversation(uuid("conversation-" + n), inbox, contact, title, created,
                uuid("llm-gpt"), "203.0.113." + (n % 250), random.nextInt(4));
        store.addConversation(conversation);
        int turns = 1 + random.nextInt(5);
        long at = created;
        for (int t = 0; t < turns; t++) {
            int pick = random.nextInt(questions.length);
            String question = n % 25 == 0 && t == 0 ? LONG_TEXT : questions[pick];
            at += 20_000 + random.nextInt(120_000);
            store.addMessage(userMessage(conversation, n, t, question, at, random));
            at += 2_000 + random.nextInt(8_000);
            store.addMessage(botMessage(conversation, n, t, answers(language)[pick], at, random));
        }
    }

    private static SimMessage userMessage(SimConversation c, int n, int t, String text, long at, Random random) {
        // The webhook page shows contact ids as numbers (789), the schema as UUID strings: both occur.
        JsonValue senderId = n % 9 == 0 ? Json.createValue(789 + n) : Json.createValue(c.contact().id());
        JsonArray attachments = JsonValue.EMPTY_JSON_ARRAY;
        if ((n + t) % 6 == 0) {
            boolean image = (n + t) % 12 == 0;
            attachments = Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", uuid("attachment-" + n + "-" + t))
                    .add("type", n % 2 == 0 ? JsonValue.EMPTY_JSON_OBJECT : Json.createValue(image ? "image" : "other"))
                    .add("filename", image ? "螢幕截圖-" + n + ".png" : "invoice-" + n + ".pdf")
                    .add("file", image ? SeedObjects.IMAGE_URL : SeedObjects.PDF_URL)
                    .add("conversation", c.id())).build();
        }
        return new SimMessage(uuid("message-" + n + "-" + t + "-in"), c.id(), senderId, c.contact().name(),
                c.contact().avatar(), "incoming", text, JsonValue.NULL, timestamp(n, t, at), at, attachments,
                JsonValue.EMPTY_JSON_ARRAY);
    }

    private static SimMessage botMessage(SimConversation c, int n, int t, String text, long at, Random random) {
        JsonValue feedback = switch ((n + t) % 5) {
            case 0 -> Json.createValue("like");
            case 1 -> Json.createObjectBuilder().add("id", uuid("feedback-" + n + "-" + t)).add("type", "like")
                    .addNull("suggestion").add("updatedAt", String.valueOf(at + 60_000)).build();
            case 2 -> Json.createObjectBuilder().add("id", uuid("feedback-" + n + "-" + t)).add("type", "dislike")
                    .add("suggestion", "回答不夠具體，請提供連結").add("updatedAt", String.valueOf(at + 90_000)).build();
            default -> JsonValue.NULL;
        };
        JsonArray citations = (n + t) % 3 == 0 ? citations(n, t, at) : JsonValue.EMPTY_JSON_ARRAY;
        return new SimMessage(uuid("message-" + n + "-" + t + "-out"), c.id(), BOT_SENDER_IDS.get((n + t) % 3),
                "AI 智能客服", "https://cdn.maiagent.example/avatars/bot.png", "outgoing", text, feedback,
                timestamp(n, t + 1, at), at, JsonValue.EMPTY_JSON_ARRAY, citations);
    }

    /** Mostly epoch milliseconds as a string; now and then free text, as the docs warn. */
    private static String timestamp(int n, int t, long at) {
        return (n * 7 + t) % 53 == 0 ? "2025/05/27 10:42" : String.valueOf(at);
    }

    static JsonArray citations(int n, int t, long at) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        list.add(Json.createObjectBuilder()
                .add("id", uuid("citation-" + n + "-" + t))
                .add("filename", n % 2 == 0 ? "服務條款.pdf" : "社内規程_2025.docx")
                .add("file", SeedObjects.PDF_URL)
                .add("fileType", n % 2 == 0 ? "pdf" : "docx")
                .add("knowledgeBase", Json.createObjectBuilder().add("id", uuid("kb-main")).add("name", "客服知識庫"))
                .add("size", 183_422 + n)
                .add("status", JsonValue.EMPTY_JSON_OBJECT)
                .add("parser", Json.createObjectBuilder().add("id", uuid("parser-default")).add("name", "Default")
                        .add("provider", JsonValue.EMPTY_JSON_OBJECT).add("order", 1))
                .add("labels", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", uuid("label-policy")).add("name", "policy")))
                .addNull("rawUserDefineMetadata")
                .add("createdAt", String.valueOf(at - 86_400_000L * 30)));
        return list.build();
    }

    private static void plantRecords(SimulatorStore store, Random random, SimChatbot chatbot, Instant now) {
        String language = chatbot == FAQ_BOT ? "ja" : "zh";
        String[] questions = questions(language);
        String[] answers = answers(language);
        int serial = 0;
        for (int day = 0; day < RECORD_DAYS; day++) {
            int perDay = random.nextInt(7);
            for (int k = 0; k < perDay; k++) {
                int pick = random.nextInt(questions.length);
                long at = now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(random.nextInt(600))).toEpochMilli();
                JsonValue feedback = switch (serial % 4) {
                    case 0 -> Json.createValue("like");
                    case 1 -> Json.createObjectBuilder().add("id", uuid("rfb-" + serial)).add("type", "dislike")
                            .add("suggestion", "請補充細節").add("updatedAt", String.valueOf(at)).build();
                    default -> JsonValue.NULL;
                };
                store.addRecord(new SimRecord(uuid("record-" + chatbot.id() + "-" + serial), chatbot.id(),
                        CONTACTS[random.nextInt(CONTACTS.length)][0], feedback, questions[pick], answers[pick],
                        score(random), score(random), score(random), score(random), score(random), score(random),
                        0.4 + random.nextInt(4000) / 1000.0, at, serial % 97 == 0 ? "LLM timeout, answered from cache" : null));
                serial++;
            }
        }
    }

    private static double score(Random random) {
        return Math.round((0.55 + random.nextDouble() * 0.45) * 1000) / 1000.0;
    }

    static String[] questions(String language) {
        return switch (language) {
            case "ja" -> JA_QUESTIONS;
            case "en" -> EN_QUESTIONS;
            default -> ZH_QUESTIONS;
        };
    }

    static String[] answers(String language) {
        return switch (language) {
            case "ja" -> JA_ANSWERS;
            case "en" -> EN_ANSWERS;
            default -> ZH_ANSWERS;
        };
    }
}
