package com.maiagentgateway.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Chart.js configurations for PrimeFaces' {@code p:chart}: one series per day axis, as the console draws them. */
final class ChartJson {

    private ChartJson() {
    }

    /** A line chart over {@code days}: each series' values by day, a null value a gap. */
    static String lines(List<LocalDate> days, Map<String, ? extends Number[]> series, String yTitle, Double yMax) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(d -> labels.add(d.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach((name, values) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number value : values) {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value.doubleValue());
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", data).add("tension", 0.2).add("spanGaps", true));
        });
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
        if (yMax != null) {
            y.add("max", yMax);
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** A doughnut of named counts. */
    static String doughnut(Map<String, Long> counts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        counts.forEach((name, count) -> {
            labels.add(name);
            data.add(count);
        });
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data)
                                .add("backgroundColor", Json.createArrayBuilder().add("#1f7a4d").add("#b3261e")))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
                .build().toString();
    }
}
