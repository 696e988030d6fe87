package com.maiagentgateway.service;

import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.upstream.MaiAgentErrorException;
import com.maiagentgateway.upstream.MaiAgentRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether MaiAgent knows a chatbot. It has no list of chatbots, but answers 404 for the records of one it does
 * not know: each id is asked for one day's first record. MaiAgent unavailable is an upstream failure, not a verdict.
 */
@ApplicationScoped
public class KnownChatbots {

    @Inject
    MaiAgentRecords records;

    @Inject
    Clock clock;

    /** Refuses (400, one error per unknown id, named as {@code chatbots[i]}) any chatbot MaiAgent does not know. */
    public void require(List<String> chatbots) {
        if (chatbots == null) {
            return;
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (int i = 0; i < chatbots.size(); i++) {
            try {
                records.list(new RecordsQuery(chatbots.get(i), today, today, null, null), 1, 1);
            } catch (MaiAgentErrorException refused) {
                if (refused.status() != 404) {
                    throw refused;
                }
                unknown.add(new Problem.FieldError("chatbots[" + i + "]", "is not a chatbot MaiAgent knows"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }
}
