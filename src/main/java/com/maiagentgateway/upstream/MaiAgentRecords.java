package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Chatbot records at MaiAgent, and their Excel export as a stream. */
@ApplicationScoped
public class MaiAgentRecords {

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public PageOf<ChatbotRecord> list(RecordsQuery query, int page, int pageSize) {
        return MaiAgentWire.numberedPage(upstream.run("listing chatbot records", () -> api.records(query.chatbotId(),
                query.startDate().toString(), query.endDate().toString(), query.userMessage(), query.botMessage(), page, pageSize)),
                MaiAgentWire::record, page, pageSize);
    }

    /** The open export; the caller streams it on and closes it. */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public RecordsExport export(RecordsQuery query) {
        Response response = upstream.run("exporting chatbot records", () -> api.exportRecords(query.chatbotId(),
                query.startDate().toString(), query.endDate().toString(), query.userMessage(), query.botMessage()));
        return new RecordsExport(response.readEntity(InputStream.class),
                response.getHeaderString("Content-Type"), response.getHeaderString("Content-Disposition"));
    }
}
