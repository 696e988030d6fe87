package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsExport;
import com.maiagentgateway.model.RecordsQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** Chatbot records at MaiAgent, and their Excel export as a stream. */
@ApplicationScoped
public class MaiAgentRecords extends MaiAgentFacade {

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    public PageOf<ChatbotRecord> list(RecordsQuery query, int page, int pageSize) {
        return MaiAgentWire.numberedPage(upstream.read("listing chatbot records", () -> api.records(query.chatbotId(),
                query.startDate().toString(), query.endDate().toString(), query.userMessage(), query.botMessage(), page, pageSize)),
                MaiAgentWire::record, page, pageSize);
    }

    /** The open export; the caller streams it on and closes it. */
    public RecordsExport export(RecordsQuery query) {
        Response response = upstream.read("exporting chatbot records", () -> api.exportRecords(query.chatbotId(),
                query.startDate().toString(), query.endDate().toString(), query.userMessage(), query.botMessage()));
        return new RecordsExport(response.readEntity(InputStream.class),
                response.getHeaderString("Content-Type"), response.getHeaderString("Content-Disposition"));
    }
}
