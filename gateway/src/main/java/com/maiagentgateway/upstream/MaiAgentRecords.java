package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsExport;
import com.maiagentgateway.model.RecordsQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

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

    /** What is read before the caller's answer starts: a failure within it is still a clean problem (and retried). */
    static final int HEAD_BYTES = 64 * 1024;

    /**
     * The open export; the caller streams it on and closes it. Its first bytes are read here, so that an
     * answer that is not a workbook, or a connection that dies at once, becomes a problem, not a broken file.
     */
    public RecordsExport export(RecordsQuery query) {
        return upstream.read("exporting chatbot records", () -> {
            Response response = api.exportRecords(query.chatbotId(),
                    query.startDate().toString(), query.endDate().toString(), query.userMessage(), query.botMessage());
            String contentType = response.getHeaderString("Content-Type");
            InputStream body = response.readEntity(InputStream.class);
            if (contentType != null && !contentType.startsWith(SPREADSHEET) && !contentType.startsWith("application/octet-stream")) {
                response.close();
                throw new MaiAgentProtocolException("MaiAgent's export is not a workbook but " + contentType, null);
            }
            byte[] head;
            try {
                head = body.readNBytes(HEAD_BYTES);
            } catch (IOException broken) {
                response.close();
                throw UpstreamCall.unreachable("exporting chatbot records", broken);
            }
            return new RecordsExport(new SequenceInputStream(new ByteArrayInputStream(head), body),
                    contentType, response.getHeaderString("Content-Disposition"));
        });
    }

    static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
