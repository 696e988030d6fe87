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

    /**
     * The open export; the caller streams it on and closes it. Audited: a workbook of customers' questions
     * leaves the gateway, so who took which chatbot's records for which days is on record.
     */
    @Audited("records.export")
    public RecordsExport export(@AuditTarget RecordsQuery query) {
        return maiAgent.export(query);
    }
}
