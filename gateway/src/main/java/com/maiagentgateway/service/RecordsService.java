package com.maiagentgateway.service;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsExport;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.upstream.MaiAgentRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Chatbot Q&A records and their Excel export. */
@ApplicationScoped
public class RecordsService {

    @Inject
    MaiAgentRecords maiAgent;

    public PageOf<ChatbotRecord> list(RecordsQuery query, int page, int pageSize) {
        return maiAgent.list(query, page, pageSize);
    }

    @Inject
    AuditedWrites audited;

    /**
     * The open export; the caller streams it on and closes it. Audited: a workbook of customers' questions
     * leaves the gateway, so who took which chatbot's records for which days is on record.
     */
    public RecordsExport export(RecordsQuery query) {
        return audited.run("records.export", exportTarget(query), null, () -> maiAgent.export(query));
    }

    static String exportTarget(RecordsQuery q) {
        StringBuilder target = new StringBuilder("chatbot ").append(q.chatbotId()).append(' ')
                .append(q.startDate()).append("..").append(q.endDate());
        if (q.userMessage() != null) {
            target.append(" question~").append(q.userMessage());
        }
        if (q.botMessage() != null) {
            target.append(" answer~").append(q.botMessage());
        }
        return target.length() > 500 ? target.substring(0, 500) : target.toString();
    }
}
