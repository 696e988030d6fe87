package com.maiagentgateway.console;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.platform.Jsonp;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A message the console just sent, as the page's script adds it to the thread: what MaiAgent answered, or what was
 * typed and attached where its answer left something out.
 */
final class SentMessageJson {

    private SentMessageJson() {
    }

    static String of(Message sent, String typed, List<Attachment> attached) {
        List<Attachment> files = sent.attachments() == null || sent.attachments().isEmpty() ? attached : sent.attachments();
        return Jsonp.createObjectBuilder()
                .add("id", sent.id() == null ? "" : sent.id())
                .add("content", sent.content() == null ? typed : sent.content())
                .add("createdAt", sent.createdAt() == null ? "" : sent.createdAt().toString())
                .add("sender", Jsonp.createObjectBuilder().add("name", sent.sender() == null || sent.sender().name() == null
                        ? ConsoleText.get("conversation.youAsCustomer") : sent.sender().name()))
                .add("attachments", attachments(files))
                .build().toString();
    }

    private static JsonArrayBuilder attachments(List<Attachment> files) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (Attachment a : files) {
            list.add(Jsonp.createObjectBuilder().add("filename", a.filename() == null ? "" : a.filename())
                    .add("file", a.file() == null ? "" : a.file()));
        }
        return list;
    }
}
