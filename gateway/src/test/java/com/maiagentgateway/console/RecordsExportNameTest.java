package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.RecordsQuery;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordsExportNameTest {

    @Test
    void theNameSaysChatbotDaysAndFiltersAndSurvivesHeaders() {
        RecordsQuery q = new RecordsQuery("x", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 28), "退貨 \"now\"", null);
        String name = RecordsExportBean.fileName("客服小幫手", q);

        assertEquals("records_客服小幫手_2026-11-01_2026-11-28_question-退貨--now-.xlsx", name);
        String header = RecordsExportBean.contentDisposition(name);
        assertTrue(header.startsWith("attachment; filename=\"records_______2026-11-01_2026-11-28_question-__--now-.xlsx\"; filename*=UTF-8''records_"), header);
        assertTrue(header.contains("%E5%AE%A2"), header);
        assertTrue(!header.contains("\r") && !header.contains("\n"));
    }
}
