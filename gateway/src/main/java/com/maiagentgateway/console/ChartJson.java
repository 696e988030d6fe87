package com.maiagentgateway.console;

import com.maiagentgateway.platform.Jsonp;
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
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        days.forEach(d -> labels.add(d.toString()));
        JsonArrayBuilder datasets = Jsonp.createArrayBuilder();
        series.forEach((name, values) -> {
            JsonArrayBuilder data = Jsonp.createArrayBuilder();
            for (Number value : values) {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value.doubleValue());
                }
            }
            datasets.add(Jsonp.createObjectBuilder().add("label", name).add("data", data).add("tension", 0.2).add("spanGaps", true));
        });
        JsonObjectBuilder y = Jsonp.createObjectBuilder().add("beginAtZero", true)
                .add("title", Jsonp.createObjectBuilder().add("display", true).add("text", yTitle));
        if (yMax != null) {
            y.add("max", yMax);
        }
        return Jsonp.createObjectBuilder().add("type", "line")
                .add("data", Jsonp.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsonp.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Jsonp.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** A doughnut of named counts. */
    static String doughnut(Map<String, Long> counts) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        counts.forEach((name, count) -> {
            labels.add(name);
            data.add(count);
        });
        return Jsonp.createObjectBuilder().add("type", "doughnut")
                .add("data", Jsonp.createObjectBuilder().add("labels", labels)
                        .add("datasets", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder().add("data", data)
                                .add("backgroundColor", Jsonp.createArrayBuilder().add("#1f7a4d").add("#b3261e")))))
                .add("options", Jsonp.createObjectBuilder().add("maintainAspectRatio", false))
                .build().toString();
    }
}
