package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.model.CompletionRequest;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an audited write's target is named from its arguments, and where its entry is written. */
class AuditedInterceptorTest {

    static class Writes {
        @Audited(value = "completion", queued = true)
        void ask(@AuditTarget("chatbot") String chatbot, @AuditTarget CompletionRequest request) {
        }

        @Audited("attachment.upload")
        void upload(@AuditTarget("attachment") String filename, @AuditTarget("conversation") String conversation, byte[] content) {
        }
    }

    private static InvocationContext invocation(String method, Object... arguments) throws NoSuchMethodException {
        Method called = java.util.Arrays.stream(Writes.class.getDeclaredMethods()).filter(m -> m.getName().equals(method)).findFirst().orElseThrow();
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return new Writes();
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return called;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return arguments;
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() {
                return null;
            }
        };
    }

    private static CompletionRequest request(String conversation) {
        return new CompletionRequest(conversation, "hi", List.of(), null, null, null);
    }

    @Test
    void theLastArgumentThatNamesSomethingIsTheTarget() throws Exception {
        assertEquals("conversation c-1", AuditedInterceptor.targetOf(invocation("ask", "bot-1", request("c-1"))),
                "a conversation over the chatbot asked in it");
        assertEquals("chatbot bot-1", AuditedInterceptor.targetOf(invocation("ask", "bot-1", request(null))),
                "a new conversation: the chatbot (the reply names the conversation)");
        assertEquals("conversation c-2", AuditedInterceptor.targetOf(invocation("upload", "a.pdf", "c-2", new byte[0])));
        assertEquals("attachment a.pdf", AuditedInterceptor.targetOf(invocation("upload", "a.pdf", null, new byte[0])));
        assertNull(AuditedInterceptor.targetOf(invocation("upload", null, null, new byte[0])));
    }

    @Test
    void aQueuedActionGoesToTheTrailWriterAndAnAdministrativeOneIsWrittenBeforeTheAnswer() throws Exception {
        List<String> beforeTheAnswer = new ArrayList<>();
        List<String> queued = new ArrayList<>();
        AuditedInterceptor interceptor = new AuditedInterceptor();
        interceptor.actor = new AuditActor() {
            @Override
            public String current() {
                return "app:bench";
            }
        };
        interceptor.trail = new AuditTrail() {
            @Override
            public void record(String actor, String action, String target, AuditOutcome outcome, String detail) {
                beforeTheAnswer.add(actor + " " + action + " " + target + " " + outcome);
            }
        };
        interceptor.laterEntries = new LaterAuditEntries() {
            @Override
            public void add(String actor, String action, String target, AuditOutcome outcome, String detail) {
                queued.add(actor + " " + action + " " + target + " " + outcome);
            }
        };

        interceptor.audit(invocation("ask", "bot-1", request(null)));
        interceptor.audit(invocation("upload", "a.pdf", "c-2", new byte[0]));

        assertEquals(List.of("app:bench completion chatbot bot-1 SUCCESS"), queued, "a completion: by the node's trail writer");
        assertEquals(List.of("app:bench attachment.upload conversation c-2 SUCCESS"), beforeTheAnswer,
                "an upload: in a transaction of its own before the answer");
    }
}
