package com.maiagentgateway.console;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.service.RecordsService;
import com.maiagentgateway.service.RecordsTriage;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Records table beyond MaiAgent's own order: only the records that need attention (a low score or a dislike,
 * the address's {@code attention=low}), and a score column ranked. MaiAgent can do neither, so both rank what
 * {@link RecordsTriage} read of the search, read once per search and view.
 */
public final class RecordsRanking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTENTION = "low";
    /** A score column's sort field (PrimeFaces names it after the column's sortBy) to its value. */
    private static final Map<String, Function<ChatbotRecord.Scores, Double>> SCORES = Map.of(
            "scores.faithfulness", ChatbotRecord.Scores::faithfulness, "scores.answerRelevancy", ChatbotRecord.Scores::answerRelevancy,
            "scores.contextPrecision", ChatbotRecord.Scores::contextPrecision, "scores.answerCorrectness", ChatbotRecord.Scores::answerCorrectness);

    private boolean attentionOnly;
    /** The search read, kept while the view lasts (not serialized: read again if the view is restored elsewhere). */
    private transient RecordsQuery readFor;
    private transient RecordsTriage.Read read;
    private long found;
    private long ranked;

    /** One page of the table: MaiAgent's own page when neither filtered nor ranked (nothing more is read), else one of the ranking. */
    ConsolePagedModel.Page<ChatbotRecord> page(RecordsQuery query, int first, int pageSize, ConsolePagedModel.Sorted sorted,
                                               RecordsService records, RecordsTriage triage) {
        if (!attentionOnly && (sorted == null || !SCORES.containsKey(sorted.field()))) {
            forget();
            PageOf<ChatbotRecord> page = records.list(query, first / pageSize + 1, pageSize);
            return new ConsolePagedModel.Page<>(page.items(), (int) page.count());
        }
        List<ChatbotRecord> listed = ranked(query, sorted, triage);
        return new ConsolePagedModel.Page<>(listed.subList(Math.min(first, listed.size()), Math.min(first + pageSize, listed.size())),
                listed.size());
    }

    private List<ChatbotRecord> ranked(RecordsQuery query, ConsolePagedModel.Sorted sorted, RecordsTriage triage) {
        if (read == null || !query.equals(readFor)) {
            read = triage.readAll(query);
            readFor = query;
        }
        found = read.found();
        ranked = read.records().size();
        List<ChatbotRecord> listed = read.records().stream().filter(r -> !attentionOnly || RecordsTriage.needsAttention(r)).toList();
        Function<ChatbotRecord.Scores, Double> score = sorted == null ? null : SCORES.get(sorted.field());
        if (score == null) {
            return listed;
        }
        Comparator<Double> order = sorted.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return listed.stream().sorted(Comparator.comparing((ChatbotRecord r) -> r.scores() == null ? null : score.apply(r.scores()),
                Comparator.nullsLast(order))).toList();
    }

    /** After a new search, what was read belongs to the old one. */
    void forget() {
        read = null;
        readFor = null;
        ranked = 0;
    }

    /** Said under the table when the ranking saw only part of what the search found. */
    public String getNote() {
        return ranked > 0 && ranked < found ? ConsoleText.get("records.rankedOfFirst", ranked, found) : null;
    }

    public String getAddress() {
        return attentionOnly ? ATTENTION : null;
    }

    public void setAddress(String value) {
        attentionOnly = ATTENTION.equals(value);
    }

    public boolean isAttentionOnly() {
        return attentionOnly;
    }

    public void setAttentionOnly(boolean attentionOnly) {
        this.attentionOnly = attentionOnly;
    }
}
