package com.maiagentgateway.console;

import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.service.ClientApplicationService;
import com.maiagentgateway.store.ApiOperation;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientKey;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Client applications: the list with their keys' prefixes, creating one (its key shown once, on this
 * page, until dismissed), suspending and activating, issuing and revoking keys.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The operations an admin grants, in the order the form shows them. */
    static final List<ApiOperation> GRANTABLE = List.of(ApiOperation.READ, ApiOperation.WRITE, ApiOperation.COMPLETIONS,
            ApiOperation.UPLOADS, ApiOperation.RECORDS);

    @Inject
    ClientApplicationService service;

    private List<Row> rows = List.of();
    private final NewApplication form = new NewApplication();
    /** A key just issued: on the page for this view only, never stored. */
    private String issuedKey;
    private String issuedFor;

    /** One application as the table lists it. */
    public record Row(long id, String name, String owner, String contact, boolean active, String operations, String chatbots,
                      String quotas, List<ClientKey> keys, long activeKeys) implements Serializable {
    }

    @PostConstruct
    void list() {
        try {
            Map<Long, List<ClientKey>> keys = service.keysByApplication();
            rows = service.all().stream().map(a -> row(a, keys.getOrDefault(a.getId(), List.of()))).toList();
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("applications.notListed"), failure);
        }
    }

    private Row row(ClientApplication a, List<ClientKey> keys) {
        List<String> quotas = new ArrayList<>();
        if (a.getRequestsPerMinute() != null) {
            quotas.add(ConsoleText.get("applications.perMinute", a.getRequestsPerMinute()));
        }
        if (a.getCompletionsPerDay() != null) {
            quotas.add(ConsoleText.get("applications.perDay", a.getCompletionsPerDay()));
        }
        if (a.getUploadBytesPerDay() != null) {
            quotas.add(ConsoleText.get("applications.bytesPerDay", a.getUploadBytesPerDay()));
        }
        return new Row(a.getId(), a.getName(), a.getOwner(), a.getContact(), a.getStatus() == ClientApplication.Status.ACTIVE,
                GRANTABLE.stream().filter(a.getOperations()::contains).map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
                a.getChatbots() == null ? ConsoleText.get("applications.everyChatbot") : String.join(", ", a.getChatbots()),
                quotas.isEmpty() ? ConsoleText.get("applications.noQuotas") : String.join(", ", quotas), keys, keys.stream().filter(ClientKey::isActive).count());
    }

    public void create() {
        issuedKey = null;
        try {
            ClientApplicationService.Created created = service.create(form.settings());
            issuedKey = created.key().key();
            issuedFor = created.application().getName();
            form.clear();
            list();
        } catch (InvalidInputException invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                FacesContext.getCurrentInstance().addMessage(NewApplication.fieldId(error.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, NewApplication.label(error.field()) + " " + error.message(), null));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("applications.notCreated"), failure);
        }
    }

    public void newKey(Row row) {
        issuedKey = null;
        try {
            issuedKey = service.rotate(row.id()).key();
            issuedFor = row.name();
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
        run(ConsoleText.get("applications.notSuspended"), () -> service.setStatus(row.id(), ClientApplication.Status.SUSPENDED),
                ConsoleText.get("applications.suspendedDone", row.name()));
    }

    public void activate(Row row) {
        run(ConsoleText.get("applications.notActivated"), () -> service.setStatus(row.id(), ClientApplication.Status.ACTIVE),
                ConsoleText.get("applications.activatedDone", row.name()));
    }

    public void dismissKey() {
        issuedKey = null;
        issuedFor = null;
    }

    private void run(String whatFailed, Runnable action, String done) {
        issuedKey = null;
        try {
            action.run();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            list();
        } catch (RuntimeException failure) {
            PageMessages.failure(whatFailed, failure);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public NewApplication getForm() {
        return form;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public List<ApiOperation> getGrantable() {
        return GRANTABLE;
    }

    /** The create form's fields. */
    public static class NewApplication implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank(message = "{console.application.name.required}")
        @Pattern(regexp = ClientApplicationService.NAME_PATTERN, message = "{console.application.name.rule}")
        private String name;
        @NotBlank(message = "{console.application.owner.required}")
        @Size(max = 200, message = "{console.application.owner.size}")
        private String owner;
        @NotBlank(message = "{console.application.contact.required}")
        @Size(max = 200, message = "{console.application.contact.size}")
        private String contact;
        @NotEmpty(message = "{console.application.operations.required}")
        private List<ApiOperation> operations = new ArrayList<>(List.of(ApiOperation.READ));
        /** Chatbot ids, one per line or comma-separated; empty: every chatbot. */
        @Size(max = 2000, message = "{console.application.chatbots.size}")
        private String chatbots;
        @Min(value = 1, message = "{console.application.requestsPerMinute.min}")
        @Max(value = ClientApplicationService.MAX_REQUESTS_PER_MINUTE, message = "{console.application.requestsPerMinute.max}")
        private Integer requestsPerMinute;
        @Min(value = 1, message = "{console.application.completionsPerDay.min}")
        @Max(value = ClientApplicationService.MAX_COMPLETIONS_PER_DAY, message = "{console.application.completionsPerDay.max}")
        private Integer completionsPerDay;
        @Min(value = 1, message = "{console.application.uploadBytesPerDay.min}")
        @Max(value = ClientApplicationService.MAX_UPLOAD_BYTES_PER_DAY, message = "{console.application.uploadBytesPerDay.max}")
        private Long uploadBytesPerDay;

        ClientApplicationService.Settings settings() {
            List<String> bots = chatbots == null || chatbots.isBlank() ? null
                    : Arrays.stream(chatbots.split("[,\\s]+")).filter(s -> !s.isBlank()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
            Set<ApiOperation> granted = operations == null || operations.isEmpty() ? EnumSet.noneOf(ApiOperation.class) : EnumSet.copyOf(operations);
            if (granted.isEmpty()) {
                throw new InvalidInputException("operations", "must name at least one");
            }
            if (bots != null) {
                List<Problem.FieldError> malformed = new ArrayList<>();
                for (int i = 0; i < bots.size(); i++) {
                    if (!bots.get(i).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                        malformed.add(new Problem.FieldError("chatbots[" + i + "]", "must be a UUID"));
                    }
                }
                if (!malformed.isEmpty()) {
                    throw new InvalidInputException(malformed);
                }
            }
            return new ClientApplicationService.Settings(name == null ? null : name.trim(), owner, contact, bots, granted,
                    requestsPerMinute, completionsPerDay, uploadBytesPerDay);
        }

        void clear() {
            name = null;
            owner = null;
            contact = null;
            chatbots = null;
            operations = new ArrayList<>(List.of(ApiOperation.READ));
            requestsPerMinute = null;
            completionsPerDay = null;
            uploadBytesPerDay = null;
        }

        /** The form field a service field error belongs to. */
        static String fieldId(String field) {
            String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
            return "create:" + base;
        }

        static String label(String field) {
            return field.startsWith("chatbots[") ? ConsoleText.get("applications.chatbotN", Integer.parseInt(field.substring(9, field.indexOf(']'))) + 1)
                    : ConsoleText.get("applications." + field.replaceAll("\\[.*", ""));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String contact) {
            this.contact = contact;
        }

        public List<ApiOperation> getOperations() {
            return operations;
        }

        public void setOperations(List<ApiOperation> operations) {
            this.operations = operations;
        }

        public String getChatbots() {
            return chatbots;
        }

        public void setChatbots(String chatbots) {
            this.chatbots = chatbots;
        }

        public Integer getRequestsPerMinute() {
            return requestsPerMinute;
        }

        public void setRequestsPerMinute(Integer requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
        }

        public Integer getCompletionsPerDay() {
            return completionsPerDay;
        }

        public void setCompletionsPerDay(Integer completionsPerDay) {
            this.completionsPerDay = completionsPerDay;
        }

        public Long getUploadBytesPerDay() {
            return uploadBytesPerDay;
        }

        public void setUploadBytesPerDay(Long uploadBytesPerDay) {
            this.uploadBytesPerDay = uploadBytesPerDay;
        }
    }
}
