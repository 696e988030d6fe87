package com.maiagentgateway.console;

import com.maiagentgateway.platform.ConsoleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit entry's target as an admin reads it: the chatbots, inboxes and web chats it names by their configured
 * names instead of their ids (the trail keeps the ids; the page shows them on hover). Applications are named in
 * their targets already; a conversation stays its id, linked.
 */
@Named
@ApplicationScoped
public class AuditTargets {

    @Inject
    ConsoleDirectory directory;

    public String name(String target) {
        if (target == null) {
            return null;
        }
        List<ConsoleDirectory.Choice> known = new ArrayList<>(directory.getChatbots());
        known.addAll(directory.getInboxes());
        known.addAll(directory.getWebChats());
        String named = target;
        for (ConsoleDirectory.Choice choice : known) {
            named = named.replace(choice.id(), "«" + choice.label() + "»");
        }
        return named;
    }
}
