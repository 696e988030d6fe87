package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.maiagentgateway.model.ChatbotRecord;
import org.junit.jupiter.api.Test;

class ScoreTallyTest {

    @Test
    void eachScoreIsAveragedOverTheRecordsThatHaveItToTwoDecimals() {
        ScoreTally tally = new ScoreTally();
        tally.add(new ChatbotRecord.Scores(0.333, null, 0.1, null, null, null));
        tally.add(new ChatbotRecord.Scores(0.5, null, null, null, null, null));
        tally.add(null);

        assertEquals(0.42, tally.mean(0), "(0.333 + 0.5) / 2, rounded once");
        assertNull(tally.mean(1), "no record had it");
        assertEquals(0.1, tally.mean(2));
    }
}
