package com.maiagentgateway.console;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.ClientApplicationDetails;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.service.ApplicationSettings;
import com.maiagentgateway.service.ClientApplicationService;
import com.maiagentgateway.service.IssuedKey;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Client applications: the list with their keys' prefixes, creating one (its key shown once, on this
 * page, until dismissed), suspending and activating, issuing and revoking keys.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientApplicationService service;

    private List<Row> rows = List.of();
    private final ApplicationForm form = new ApplicationForm();
    /** A key just issued: on the page for this view only, never stored. */
    private IssuedKey issued;

    /** One application as the table lists it: words for the page, its keys by prefix. */
    public record Row(long id, String name, String owner, String contact, boolean active, String operations, String chatbots,
                      String quotas, List<KeyRow> keys, long activeKeys) implements Serializable {
    }

    /** A key: in use, revoked or expired; when it ends (null: never), and whether that is within a week. */
    public record KeyRow(String prefix, boolean active, boolean revoked, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean endsSoon) implements Serializable {
    }

    @PostConstruct
    void list() {
        try {
            rows = service.all().stream().map(ApplicationsPage::row).toList();
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("applications.notListed"), failure);
        }
    }

    static Row row(ClientApplicationDetails a) {
        List<String> quotas = new ArrayList<>();
        if (a.requestsPerMinute() != null) {
            quotas.add(ConsoleText.get("applications.perMinute", a.requestsPerMinute()));
        }
        if (a.completionsPerDay() != null) {
            quotas.add(ConsoleText.get("applications.perDay", a.completionsPerDay()));
        }
        if (a.uploadBytesPerDay() != null) {
            quotas.add(ConsoleText.get("applications.bytesPerDay", a.uploadBytesPerDay()));
        }
        return new Row(a.id(), a.name(), a.owner(), a.contact(), a.active(),
                ApplicationSettings.GRANTABLE.stream().filter(a.operations()::contains).map(o -> ConsoleText.get("operation." + ApplicationSettings.nameOf(o))).collect(Collectors.joining(", ")),
                a.chatbots() == null ? ConsoleText.get("applications.everyChatbot") : String.join(", ", a.chatbots()),
                quotas.isEmpty() ? ConsoleText.get("applications.noQuotas") : String.join(", ", quotas),
                a.keys().stream().map(k -> new KeyRow(k.prefix(), k.active(), k.revokedAt() != null, k.createdAt(), k.lastUsedAt(), k.expiresAt(), k.endsSoon())).toList(),
                a.activeKeys());
    }

    public void create() {
        issued = null;
        try {
            issued = service.create(form.settings(), null).key();
            form.clear();
            list();
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show("create", "applications.", List.copyOf(invalid.getConstraintViolations()));
        } catch (InvalidInputException invalid) {
            FieldErrors.show("create", "applications.", invalid);
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("applications.notCreated"), failure);
        }
    }

    public void newKey(Row row) {
        issued = null;
        try {
            issued = service.rotate(row.id(), null);
            list();
        } catch (ClientApplicationService.KeyLimitException twoActive) {
            PageMessages.error(twoActive.getMessage());
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("applications.noKey"), failure);
        }
    }

    public void revoke(Row row, String prefix) {
        run(ConsoleText.get("applications.notRevoked"), () -> service.revoke(row.id(), prefix), ConsoleText.get("applications.revokedDone", prefix, row.name()));
    }

    public void suspend(Row row) {
        run(ConsoleText.get("applications.notSuspended"), () -> service.setActive(row.id(), false), ConsoleText.get("applications.suspendedDone", row.name()));
    }

    public void activate(Row row) {
        run(ConsoleText.get("applications.notActivated"), () -> service.setActive(row.id(), true), ConsoleText.get("applications.activatedDone", row.name()));
    }

    public void dismissKey() {
        issued = null;
    }

    private void run(String whatFailed, Runnable action, String done) {
        issued = null;
        try {
            action.run();
            PageMessages.shown(done);
            list();
        } catch (RuntimeException failure) {
            PageMessages.failure(whatFailed, failure);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public String getIssuedKey() {
        return issued == null ? null : issued.key();
    }

    public String getIssuedFor() {
        return issued == null ? null : issued.application();
    }

    public List<ApiOperation> getGrantable() {
        return ApplicationSettings.GRANTABLE;
    }
}
