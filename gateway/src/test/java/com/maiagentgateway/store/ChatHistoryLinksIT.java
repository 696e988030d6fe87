package com.maiagentgateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.GatewayWar;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: an OpenAI chat history's link, written by one statement, read back, kept first, and pruned by age. */
@ExtendWith(ArquillianExtension.class)
class ChatHistoryLinksIT {

    @Deployment
    static WebArchive gateway() {
        return GatewayWar.named("history-links").addClasses(ChatHistoryLinksIT.class);
    }

    @Inject
    ChatHistoryLinks links;

    @Test
    void aLinkIsReadBackAndTheSameHistoryAnsweredTwiceKeepsItsFirst() {
        String history = UUID.randomUUID().toString();
        assertNull(links.conversationOf(history));

        links.link(history, "conversation-1", Instant.now());
        links.link(history, "conversation-2", Instant.now());

        assertEquals("conversation-1", links.conversationOf(history));
    }

    @Test
    void linksOlderThanTheCutoffAreForgottenAndNewerOnesKept() {
        Instant now = Instant.now();
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        links.link(old, "conversation-old", now.minus(Duration.ofDays(100)));
        links.link(recent, "conversation-recent", now.minus(Duration.ofDays(80)));

        int deleted = links.deleteBefore(now.minus(Duration.ofDays(90)));

        assertTrue(deleted >= 1, "the 100-day-old link, and any older from other tests: " + deleted);
        assertNull(links.conversationOf(old));
        assertEquals("conversation-recent", links.conversationOf(recent));
    }
}
