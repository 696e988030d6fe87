package com.maiagentgateway.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The export-excel answer: one sheet, one row per record, written straight to the response. */
final class RecordsWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("Created at (UTC)", "Sender", "User message", "Bot reply",
            "Faithfulness", "Answer relevancy", "Context precision", "Answer correctness", "Answer similarity",
            "Context recall", "Reply time (s)", "Feedback", "Error");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private RecordsWorkbook() {
    }

    static void write(List<SimRecord> records, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "MaiAgent", "1.0");
        Worksheet sheet = workbook.newWorksheet("Records");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
        }
        sheet.style(0, 0).bold().set();
        int row = 1;
        for (SimRecord r : records) {
            sheet.value(row, 0, WHEN.format(Instant.ofEpochMilli(r.createdAt())));
            sheet.value(row, 1, r.senderName());
            sheet.value(row, 2, r.inputMessage());
            sheet.value(row, 3, r.outputMessage());
            sheet.value(row, 4, r.faithfulness());
            sheet.value(row, 5, r.answerRelevancy());
            sheet.value(row, 6, r.contextPrecision());
            sheet.value(row, 7, r.answerCorrectness());
            sheet.value(row, 8, r.answerSimilarity());
            sheet.value(row, 9, r.contextRecall());
            sheet.value(row, 10, r.replySeconds());
            sheet.value(row, 11, feedback(r));
            sheet.value(row, 12, r.error() == null ? "" : r.error());
            if (row % 200 == 0) {
                sheet.flush();
            }
            row++;
        }
        workbook.finish();
    }

    private static String feedback(SimRecord r) {
        return switch (r.feedback().getValueType()) {
            case STRING -> ((jakarta.json.JsonString) r.feedback()).getString();
            case OBJECT -> r.feedback().asJsonObject().getString("type", "");
            default -> "";
        };
    }
}
