package com.maiagentgateway.console;

import com.maiagentgateway.service.UsageReports;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Who used how much: calls per UTC day over the last days, one line per caller, or per chatbot of one
 * caller; the rows below the chart are the stored counts as the admin API gives them.
 */
@Named
@ViewScoped
public class UsagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageReports reports;

    /** One caller's name, or null for everyone. */
    private String caller;
    private int days = 30;
    private List<UsageReports.Line> lines = List.of();
    private List<String> callers = List.of();

    @PostConstruct
    void load() {
        show();
    }

    public void show() {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        try {
            List<UsageReports.Line> all = reports.between(to.minusDays(days - 1L), to, null);
            callers = new ArrayList<>(new TreeSet<>(all.stream().map(UsageReports.Line::caller).toList()));
            lines = caller == null || caller.isBlank() ? all : all.stream().filter(l -> l.caller().equals(caller)).toList();
        } catch (RuntimeException failure) {
            lines = List.of();
            PageMessages.failure(ConsoleText.get("usage.notRead"), failure);
        }
    }

    /** The chart: calls per day; a line per caller, or per chatbot when one caller is chosen (Chart.js configuration). */
    public String getChart() {
        boolean oneCaller = caller != null && !caller.isBlank();
        Function<UsageReports.Line, String> series = oneCaller
                ? l -> l.chatbot() == null ? ConsoleText.get("usage.noChatbot", l.operation()) : ConsoleText.get("usage.chatbot", l.chatbot().substring(0, 8))
                : UsageReports.Line::caller;
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        List<LocalDate> axis = new ArrayList<>();
        for (LocalDate d = to.minusDays(days - 1L); !d.isAfter(to); d = d.plusDays(1)) {
            axis.add(d);
        }
        Map<String, Long[]> perSeries = new TreeMap<>();
        for (UsageReports.Line line : lines) {
            int index = axis.indexOf(line.day());
            if (index >= 0) {
                Long[] counts = perSeries.computeIfAbsent(series.apply(line), s -> zeros(axis.size()));
                counts[index] += line.calls();
            }
        }
        return ChartJson.lines(axis, perSeries, ConsoleText.get("usage.series"), null);
    }

    private static Long[] zeros(int size) {
        Long[] zeros = new Long[size];
        java.util.Arrays.fill(zeros, 0L);
        return zeros;
    }

    public long getTotalCalls() {
        return lines.stream().mapToLong(UsageReports.Line::calls).sum();
    }

    public List<UsageReports.Line> getLines() {
        return lines;
    }

    public List<String> getCallers() {
        return callers;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days == 7 || days == 90 ? days : 30;
    }
}
