package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatedAssistantTest {

    @ParameterizedTest
    @ValueSource(strings = {"How do I reset my password?", "請問你們的營業時間是幾點到幾點？", "経費精算の締め日はいつですか？", "emoji 😀🎉 only"})
    void piecesPutTogetherGiveTheReplyExactly(String question) {
        String reply = SimulatedAssistant.replyTo(question);
        List<String> pieces = SimulatedAssistant.tokens(reply);

        assertEquals(reply, String.join("", pieces));
        assertTrue(pieces.size() > 10, "streamed in many pieces");
    }

    @Test
    void wordsKeepTheirSpaceAndCjkGoesTwoCharactersAtATime() {
        assertEquals(List.of("Hello ", "big ", "world"), SimulatedAssistant.tokens("Hello big world"));
        assertEquals(List.of("您好", "世界"), SimulatedAssistant.tokens("您好世界"));
    }

    @Test
    void answersInTheLanguageAsked() {
        assertTrue(SimulatedAssistant.replyTo("退貨需要附上發票嗎？").startsWith("您好"));
        assertTrue(SimulatedAssistant.replyTo("有給休暇の申請方法").contains("ご質問"));
        assertTrue(SimulatedAssistant.replyTo("refund?").startsWith("Thanks"));
    }
}
