package com.maiagentgateway.service;

import com.maiagentgateway.platform.Traces;
import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.upstream.MaiAgentCompletions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Asking a chatbot: the whole reply, or the reply relayed piece by piece. Both are audited, by the node's trail writer. */
@ApplicationScoped
public class CompletionService {

    @Inject
    MaiAgentCompletions maiAgent;

    @Audited(value = "completion", queued = true)
    public CompletionReply complete(@AuditTarget("chatbot") String chatbotId, @AuditTarget CompletionRequest request) {
        return maiAgent.complete(chatbotId, request);
    }

    /**
     * Each delta goes to {@code onDelta} as it arrives (the next once the stage it returns completes);
     * the stage completes with the whole reply, and is audited when it does.
     */
    @Audited(value = "completion.stream", queued = true)
    public CompletionStage<ReplyDelta> stream(@AuditTarget("chatbot") String chatbotId, @AuditTarget CompletionRequest request,
                                              Function<ReplyDelta, CompletionStage<?>> onDelta) {
        // The stream is read on other threads: it joins this call's trace by name.
        return maiAgent.stream(chatbotId, request, onDelta, Traces.currentTraceparent());
    }
}
