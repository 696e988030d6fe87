package com.maiagentgateway.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's "model": a deterministic reply in the language of the question, and the
 * pieces it is streamed in (a word with its trailing space; CJK text two characters at a time).
 */
final class SimulatedAssistant {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final String CJK_CHARS = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー";
    private static final Pattern TOKEN = Pattern.compile("[" + CJK_CHARS + "]{1,2}|[^\\s" + CJK_CHARS + "]+\\s*|\\s+");

    private SimulatedAssistant() {
    }

    static String replyTo(String question) {
        String quoted = question.length() > 60 ? question.substring(0, 60) + "…" : question;
        if (CJK.matcher(question).find()) {
            boolean japanese = question.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
            return japanese
                    ? "ご質問「" + quoted + "」を承りました。担当の知識ベースによると、手続きはポータルから行えます。ほかにご不明な点はありますか？😊"
                    : "您好！關於「" + quoted + "」，根據知識庫的資料，您可以在會員中心完成相關設定。還有其他需要協助的地方嗎？😊";
        }
        return "Thanks for asking about \"" + quoted + "\". According to the knowledge base, you can do this from "
                + "your account settings in a few steps. Is there anything else I can help with? 😊";
    }

    /** The reply cut into the pieces a stream sends; concatenated they give the reply back exactly. */
    static List<String> tokens(String reply) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(reply);
        int end = 0;
        while (m.find()) {
            if (m.start() > end) {
                tokens.add(reply.substring(end, m.start()));
            }
            tokens.add(m.group());
            end = m.end();
        }
        if (end < reply.length()) {
            tokens.add(reply.substring(end));
        }
        return tokens;
    }
}
