package com.maiagentgateway.console;

import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.service.AlertLevels;
import com.maiagentgateway.service.Alerts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Alerts page's levels: the quota percentages ("80, 100") and MaiAgent's error rate that raise alerts. */
@Named
@ViewScoped
public class AlertLevelsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Alerts alerts;

    private String quotaLevels;
    private Integer errorRatePercent;

    @PostConstruct
    void current() {
        try {
            show(alerts.levels());
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("alerts.notLoaded"), failure);
        }
    }

    public void saveLevels() {
        List<Integer> levels = new ArrayList<>();
        for (String part : (quotaLevels == null ? "" : quotaLevels).split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    levels.add(Integer.valueOf(part.trim()));
                } catch (NumberFormatException notANumber) {
                    FieldErrors.show("levels", "alerts.", new InvalidInputException("quotaLevels", ConsoleText.get("alerts.invalid.levels")));
                    return;
                }
            }
        }
        try {
            show(alerts.changeLevels(new AlertLevels(levels, errorRatePercent)));
            PageMessages.shown(ConsoleText.get("alerts.levelsSaved"));
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show("levels", "alerts.", List.copyOf(invalid.getConstraintViolations()));
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("alerts.levelsNotSaved"), failure);
        }
    }

    private void show(AlertLevels levels) {
        quotaLevels = levels.quotaLevels().stream().map(String::valueOf).collect(Collectors.joining(", "));
        errorRatePercent = levels.errorRatePercent();
    }

    public String getQuotaLevels() {
        return quotaLevels;
    }

    public void setQuotaLevels(String quotaLevels) {
        this.quotaLevels = quotaLevels;
    }

    public Integer getErrorRatePercent() {
        return errorRatePercent;
    }

    public void setErrorRatePercent(Integer errorRatePercent) {
        this.errorRatePercent = errorRatePercent;
    }
}
