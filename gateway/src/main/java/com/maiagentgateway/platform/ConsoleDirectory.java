package com.maiagentgateway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The inboxes, chatbots and web chats the console offers in its choosers. MaiAgent's API has no listing of
 * either, so they are configured ({@code Label=id;Label=id}); an id can also be typed in.
 */
@Named("directory")
@ApplicationScoped
public class ConsoleDirectory {

    /** A configured choice: what admins see, and MaiAgent's id. */
    public record Choice(String label, String id) {
    }

    @Inject
    @ConfigProperty(name = "maiagent.console.inboxes")
    Optional<String> inboxes;

    @Inject
    @ConfigProperty(name = "maiagent.console.chatbots")
    Optional<String> chatbots;

    @Inject
    @ConfigProperty(name = "maiagent.console.web-chats")
    Optional<String> webChats;

    /** The web chats a conversation can be started on (MaiAgent creates conversations per web chat). */
    public List<Choice> getWebChats() {
        return parse(webChats);
    }

    public List<Choice> getInboxes() {
        return parse(inboxes);
    }

    public List<Choice> getChatbots() {
        return parse(chatbots);
    }

    static List<Choice> parse(Optional<String> configured) {
        List<Choice> choices = new ArrayList<>();
        for (String entry : configured.orElse("").split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0 && equals < entry.length() - 1) {
                choices.add(new Choice(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim()));
            }
        }
        return List.copyOf(choices);
    }
}
