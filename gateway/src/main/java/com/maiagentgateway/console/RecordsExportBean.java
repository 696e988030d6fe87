package com.maiagentgateway.console;

import com.maiagentgateway.model.RecordsExport;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.service.RecordsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Records page's Excel export: MaiAgent's workbook streamed straight to the browser, under a name that says the filter. */
@Named("recordsExport")
@RequestScoped
public class RecordsExportBean {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RecordsService records;

    @Inject
    ConsoleDirectory directory;

    @Inject
    RecordsPage page;

    public void export() {
        RecordsQuery exported = page.getFilter().query();
        if (exported == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try (RecordsExport export = records.export(exported); InputStream in = export.content()) {
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType(export.contentType() == null ? XLSX : export.contentType());
            external.setResponseHeader("Content-Disposition", contentDisposition(fileName(chatbotLabel(exported.chatbotId()), exported)));
            try (OutputStream out = external.getResponseOutputStream()) {
                in.transferTo(out);
            }
            faces.responseComplete();
        } catch (IOException | RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("records.exportFailed"), failure);
        }
    }

    /**
     * The workbook's file name says what is in it: chatbot, days and text filters, e.g.
     * {@code records_客服小幫手_2026-11-01_2026-11-28_question-退貨.xlsx} (an ASCII fallback beside it).
     */
    static String fileName(String chatbotLabel, RecordsQuery q) {
        StringBuilder name = new StringBuilder("records_").append(chatbotLabel).append('_').append(q.startDate()).append('_').append(q.endDate());
        if (q.userMessage() != null) {
            name.append("_question-").append(q.userMessage());
        }
        if (q.botMessage() != null) {
            name.append("_answer-").append(q.botMessage());
        }
        String safe = name.toString().replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]+", "-").replaceAll("\\s+", "-");
        return (safe.length() > 150 ? safe.substring(0, 150) : safe) + ".xlsx";
    }

    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private String chatbotLabel(String chatbotId) {
        return directory.getChatbots().stream().filter(c -> c.id().equalsIgnoreCase(chatbotId)).map(ConsoleDirectory.Choice::label)
                .findFirst().orElse(chatbotId);
    }
}
