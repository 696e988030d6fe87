package com.maiagentgateway.console;

import com.maiagentgateway.service.OverviewStatistics.Headline;
import com.maiagentgateway.service.OverviewStatistics.WeekOnWeek;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The overview's headline as shown: each figure's value this week and its change on the week before, in words with
 * an arrow and a sign (never colour alone), and whether that change is good news (more failed answers is not).
 */
final class HeadlineFigures {

    /** The six scores' names (ConsoleText keys), in the order MaiAgent lists them. */
    static final List<String> SCORES = List.of("records.faithfulness", "records.answerRelevancy", "records.contextPrecision",
            "records.answerCorrectness", "records.answerSimilarity", "records.contextRecall");

    /** How a figure is counted, and so how it and its change are written. */
    enum Kind { COUNT, SHARE, SCORE }

    /** One figure: {@code direction} up, down, same or none; {@code tone} good, bad or neutral. */
    record Figure(String id, String label, String value, String change, String direction, String tone) implements Serializable {
    }

    private HeadlineFigures() {
    }

    static List<Figure> of(Headline headline) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("headline-conversations", "overview.figure.conversations", headline.conversations(), Kind.COUNT, true));
        figures.add(figure("headline-liked", "overview.figure.liked", headline.likeRate(), Kind.SHARE, true));
        figures.add(figure("headline-relevancy", "overview.figure.relevancy", headline.relevancy(), Kind.SCORE, true));
        figures.add(figure("headline-failed", "overview.figure.failed", headline.failedAnswers(), Kind.COUNT, false));
        return figures;
    }

    /** Likes against dislikes over the whole overview, in words. */
    static String likeShare(long likes, long dislikes) {
        long all = likes + dislikes;
        return all == 0 ? ConsoleText.get("overview.noFeedback") : ConsoleText.get("overview.liked", Math.round(100.0 * likes / all), likes, all);
    }

    /** The six scores, each a row: this week, the week before, the change. */
    static List<Figure> scores(Headline headline) {
        List<Figure> rows = new ArrayList<>();
        for (int i = 0; i < SCORES.size(); i++) {
            rows.add(figure("score-" + i, SCORES.get(i), headline.scores().get(i), Kind.SCORE, true));
        }
        return rows;
    }

    static Figure figure(String id, String labelKey, WeekOnWeek figure, Kind kind, boolean upIsGood) {
        String label = ConsoleText.get(labelKey);
        if (figure.thisWeek() == null) {
            return new Figure(id, label, "—", ConsoleText.get("overview.change.none"), "none", "neutral");
        }
        String value = shown(figure.thisWeek(), kind);
        if (figure.weekBefore() == null) {
            return new Figure(id, label, value, ConsoleText.get("overview.change.none"), "none", "neutral");
        }
        double difference = figure.thisWeek() - figure.weekBefore();
        String before = shown(figure.weekBefore(), kind);
        if (Math.abs(difference) < 0.005) {
            return new Figure(id, label, value, ConsoleText.get("overview.change.same", before), "same", "neutral");
        }
        boolean up = difference > 0;
        String amount = switch (kind) {
            case COUNT -> figure.weekBefore() == 0 ? String.format(Locale.ROOT, "%+.0f", difference)
                    : String.format(Locale.ROOT, "%+.0f%%", 100 * difference / figure.weekBefore());
            case SHARE -> ConsoleText.get("overview.change.points", String.format(Locale.ROOT, "%+.0f", 100 * difference));
            case SCORE -> String.format(Locale.ROOT, "%+.2f", difference);
        };
        return new Figure(id, label, value, ConsoleText.get("overview.change", (up ? "▲ " : "▼ ") + amount, before),
                up ? "up" : "down", up == upIsGood ? "good" : "bad");
    }

    private static String shown(double value, Kind kind) {
        return switch (kind) {
            case COUNT -> String.format(Locale.ROOT, "%.0f", value);
            case SHARE -> String.format(Locale.ROOT, "%.0f%%", 100 * value);
            case SCORE -> String.format(Locale.ROOT, "%.2f", value);
        };
    }
}
