package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreAveragesTest {

    private static ChatbotRecord scored(Double faithfulness, Double relevancy) {
        return new ChatbotRecord("r", "u", "q", null, "a", null,
                new ChatbotRecord.Scores(faithfulness, relevancy, null, null, null, null), null, null, null, null, null, null, null, null);
    }

    @Test
    void eachScoreIsAveragedOverTheRecordsThatHaveItAcrossPagesUpToTheLimit() {
        List<Integer> asked = new ArrayList<>();
        ScoreAverages averages = ScoreAverages.of(RecordsTriage.read(page -> {
            asked.add(page);
            List<ChatbotRecord> items = page == 1 ? List.of(scored(0.5, 1.0), scored(1.0, null)) : List.of(scored(0.0, 0.5));
            return new PageOf<>(items, 5, page, 2);
        }, 2));

        assertEquals(List.of(1, 2), asked, "stops at the page limit");
        assertEquals(3, averages.read());
        assertEquals(5, averages.found());
        assertEquals(0.5, averages.faithfulness());
        assertEquals(0.75, averages.answerRelevancy(), "the record without it is left out, not counted as 0");
        assertNull(averages.contextPrecision());
    }
}
