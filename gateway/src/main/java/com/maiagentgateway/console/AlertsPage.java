package com.maiagentgateway.console;

import com.maiagentgateway.model.AlertRecipientRecord;
import com.maiagentgateway.model.AlertRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.service.AlertRecipientInput;
import com.maiagentgateway.service.Alerts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Alerts: who is told (a webhook's signing secret shown once, until dismissed), a test, and the history with what
 * became of each delivery. The levels that raise alerts are {@link AlertLevelsForm}'s.
 */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Alerts alerts;

    @Inject
    Clock clock;

    private List<AlertRecipientRecord> recipients = List.of();
    private String kind = "email";
    private String address;
    private String newSecret;
    private String newSecretFor;
    private ConsolePagedModel<AlertRecord> history;

    @PostConstruct
    void everything() {
        history = new ConsolePagedModel<>("alerts.listing", (first, pageSize) -> {
            PageOf<AlertRecord> page = alerts.history(first, pageSize);
            return new ConsolePagedModel.Page<>(page.items(), (int) Math.min(Integer.MAX_VALUE, page.count()));
        }, a -> Long.toString(a.id()), clock);
        try {
            recipients = alerts.recipients();
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("alerts.notLoaded"), failure);
        }
    }

    public void addRecipient() {
        newSecret = null;
        AlertRecipientInput input = new AlertRecipientInput(kind, address);
        String problem = input.addressProblem();
        if (problem != null) {
            FieldErrors.show("recipients", "alerts.", new InvalidInputException("address", ConsoleText.get("alerts.invalid." + problem)));
            return;
        }
        try {
            Alerts.AddedRecipient added = alerts.addRecipient(input);
            if (added.signingSecret() != null) {
                newSecret = added.signingSecret();
                newSecretFor = added.recipient().address();
            }
            address = null;
            recipients = alerts.recipients();
            PageMessages.shown(ConsoleText.get("alerts.added", added.recipient().address()));
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show("recipients", "alerts.", List.copyOf(invalid.getConstraintViolations()));
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("alerts.notAdded"), failure);
        }
    }

    public void removeRecipient(AlertRecipientRecord recipient) {
        try {
            alerts.removeRecipient(recipient.id());
            recipients = alerts.recipients();
            PageMessages.shown(ConsoleText.get("alerts.removed", recipient.address()));
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("alerts.notRemoved"), failure);
        }
    }

    public void test() {
        try {
            alerts.test();
            PageMessages.shown(ConsoleText.get("alerts.testSent"));
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("alerts.testNotSent"), failure);
        }
    }

    public void dismissSecret() {
        newSecret = null;
    }

    /** Each recipient's delivery in a line: "ops@example.com: sent", "https://…: pending (2 tries: HTTP 503)". */
    public List<String> deliveries(AlertRecord alert) {
        return alert.deliveries().stream().map(d -> ConsoleText.get("alerts.delivery." + d.state(), d.recipient(), d.attempts(),
                d.lastError() == null ? "" : d.lastError())).toList();
    }

    public LazyDataModel<AlertRecord> getHistory() {
        return history;
    }

    public List<AlertRecipientRecord> getRecipients() {
        return recipients;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getNewSecretFor() {
        return newSecretFor;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
