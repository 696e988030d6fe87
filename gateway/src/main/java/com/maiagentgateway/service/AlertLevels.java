package com.maiagentgateway.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The levels that raise alerts: the percentages of any quota at which an application's use is told (80 and 100 by
 * default), and the share of the last five minutes' calls to MaiAgent that may fail before it is told (20%).
 */
public record AlertLevels(
        @NotEmpty(message = "{application.required}") @Size(max = 5, message = "{alert.levels.size}")
        List<@NotNull(message = "{application.required}") @Min(value = 1, message = "{alert.percent}") @Max(value = 100, message = "{alert.percent}") Integer> quotaLevels,
        @NotNull(message = "{application.required}") @Min(value = 1, message = "{alert.percent}") @Max(value = 100, message = "{alert.percent}") Integer errorRatePercent) {

    /** The quota levels, each once, ascending. */
    public List<Integer> sortedQuotaLevels() {
        return quotaLevels.stream().distinct().sorted().toList();
    }
}
