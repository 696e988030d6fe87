package com.maiagentgateway.service;

import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.upstream.MaiAgentCompletions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Asking a chatbot: the whole reply, or the reply relayed piece by piece. Both are audited. */
@ApplicationScoped
public class CompletionService {

    @Inject
    MaiAgentCompletions maiAgent;

    @Inject
    AuditedWrites audited;

    public CompletionReply complete(String chatbotId, CompletionRequest request) {
        return audited.run("completion", target(chatbotId, request), r -> "conversation " + r.conversationId(),
                () -> maiAgent.complete(chatbotId, request));
    }

    /**
     * Each delta goes to {@code onDelta} as it arrives (the next once the stage it returns completes);
     * the stage completes with the whole reply, and is audited when it does.
     */
    public CompletionStage<ReplyDelta> stream(String chatbotId, CompletionRequest request, Function<ReplyDelta, CompletionStage<?>> onDelta) {
        return audited.runAsync("completion.stream", target(chatbotId, request), r -> "conversation " + r.conversationId(),
                () -> maiAgent.stream(chatbotId, request, onDelta));
    }

    private static String target(String chatbotId, CompletionRequest request) {
        return request.conversationId() == null ? "chatbot " + chatbotId : "conversation " + request.conversationId();
    }
}
