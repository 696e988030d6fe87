package com.example.supportdesk;

import com.example.maiagentgateway.api.AttachmentsApi;
import com.example.maiagentgateway.api.ChatbotRecordsApi;
import com.example.maiagentgateway.api.CompletionsApi;
import com.example.maiagentgateway.api.ConversationsApi;
import com.example.maiagentgateway.api.OpenAiCompatibleApi;
import com.example.maiagentgateway.model.Attachment;
import com.example.maiagentgateway.model.CompletionInput;
import com.example.maiagentgateway.model.CompletionReply;
import com.example.maiagentgateway.model.Conversation;
import com.example.maiagentgateway.model.Message;
import com.example.maiagentgateway.model.MessageInput;
import com.example.maiagentgateway.model.NewConversation;
import com.example.maiagentgateway.model.NewMessage;
import com.example.maiagentgateway.model.OpenAiModelList;
import com.example.maiagentgateway.model.PageConversation;
import com.example.maiagentgateway.model.PageMessage;
import com.example.maiagentgateway.model.PageOfChatbotRecord;
import com.example.maiagentgateway.model.Specs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What a team that generates its client writes against it: each call below needs the document to name the
 * operation (operationId), its request body's schema and its answer's schema. A document that loses one of them
 * turns a type here into Object or a method name into apiV1…Post, and this class no longer compiles.
 */
@ApplicationScoped
public class GeneratedClientUse {

    @Inject
    @RestClient
    ConversationsApi conversations;

    @Inject
    @RestClient
    AttachmentsApi attachments;

    @Inject
    @RestClient
    ChatbotRecordsApi records;

    @Inject
    @RestClient
    CompletionsApi completions;

    @Inject
    @RestClient
    OpenAiCompatibleApi openAi;

    public String askAndFile(String webChat, String inbox, String chatbot, File invoice) throws Exception {
        Conversation started = conversations.startConversation(new NewConversation().webChat(webChat));
        Message sent = conversations.sendMessage(started.getId(), new NewMessage().content("Where is my invoice?"));
        PageMessage thread = conversations.listMessages(started.getId(), null, 20);
        PageConversation inboxPage = conversations.listConversations(inbox, null, "invoice", 20);
        Specs allowed = attachments.attachmentSpecs();
        Attachment filed = attachments.uploadToConversation(started.getId(), invoice);
        PageOfChatbotRecord answered = records.listRecords(chatbot, null, "2026-12-31", 1, 20, "2026-12-01", null);
        CompletionReply reply = completions.complete(chatbot, new CompletionInput().message(new MessageInput().content("Opening hours?")));
        OpenAiModelList models = openAi.listModels();
        return sent.getId() + thread.getItems().size() + inboxPage.getItems().size() + allowed + filed.getId()
                + answered.getItems().size() + reply.getContent() + models.getData().size();
    }
}
