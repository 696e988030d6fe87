package com.maiagentgateway.service;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Token counts for callers that expect them (OpenAI's {@code usage}): MaiAgent reports none, so the text that passed
 * through is counted with OpenAI's cl100k_base tokenizer. Estimates: MaiAgent's own model may cut text differently,
 * and the knowledge base it adds to a prompt is not seen here.
 */
@ApplicationScoped
public class TokenEstimates {

    /** OpenAI's accounting for chat messages: each message costs 3 tokens besides its text, and the reply's priming 3. */
    private static final int PER_MESSAGE = 3;
    private static final int REPLY_PRIMING = 3;

    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    public int ofText(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }

    /** The prompt a chat's messages make. */
    public int ofPrompt(List<ChatHistories.Turn> messages) {
        int tokens = REPLY_PRIMING;
        for (ChatHistories.Turn message : messages) {
            tokens += PER_MESSAGE + ofText(message.role()) + ofText(message.text());
        }
        return tokens;
    }
}
