package com.maiagentgateway.api.openai;

import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.security.ClientIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chatbots the OpenAI-compatible API offers as models: each by the name {@code maiagent.openai.models} gives it
 * ({@code support-bot=<chatbot id>;faq-bot=<chatbot id>}) or by its id. A caller sees and may name only the chatbots
 * its application may use.
 */
@ApplicationScoped
public class OpenAiModels {

    /** A model as a caller names it, and the chatbot it is. */
    public record Model(String id, String chatbotId) {
    }

    /** Read from configuration at start: the same on every node, never written after. */
    private final Map<String, String> chatbotByName = new LinkedHashMap<>();

    @Inject
    OpenAiModels(@ConfigProperty(name = "maiagent.openai.models", defaultValue = " ") String names) {
        for (String entry : names.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0 && Uuid.Validator.isUuid(entry.substring(equals + 1).trim())) {
                chatbotByName.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
            }
        }
    }

    OpenAiModels() {
        this(" ");
    }

    /** The chatbot a model names, if the caller may use it; empty for a name nobody gave or a chatbot not the caller's. */
    public Optional<Model> resolve(String model, ClientIdentity application) {
        String chatbot = chatbotByName.containsKey(model) ? chatbotByName.get(model)
                : Uuid.Validator.isUuid(model) ? model : null;
        if (chatbot == null || (application != null && !application.allowsChatbot(chatbot))) {
            return Optional.empty();
        }
        return Optional.of(new Model(model, chatbot));
    }

    /** The models a caller may use: the named ones, then the ids of its application's chatbots that have no name. */
    public List<Model> offeredTo(ClientIdentity application) {
        List<Model> offered = new ArrayList<>();
        chatbotByName.forEach((name, chatbot) -> {
            if (application == null || application.allowsChatbot(chatbot)) {
                offered.add(new Model(name, chatbot));
            }
        });
        if (application != null && application.chatbots() != null) {
            application.chatbots().stream().filter(chatbot -> !chatbotByName.containsValue(chatbot))
                    .forEach(chatbot -> offered.add(new Model(chatbot, chatbot)));
        }
        return offered;
    }
}
