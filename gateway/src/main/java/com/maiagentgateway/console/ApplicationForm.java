package com.maiagentgateway.console;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.service.ApplicationSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Applications page's create form, as typed. Its rules are the service's ({@link ApplicationSettings}):
 * the form only turns what was typed into settings, and the service's verdict is shown by the fields.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String owner;
    private String contact;
    private List<ApiOperation> operations = new ArrayList<>(List.of(ApiOperation.READ));
    /** Chatbot ids, one per line or comma-separated; empty: every chatbot. */
    private String chatbots;
    private Integer requestsPerMinute;
    private Integer completionsPerDay;
    private Long uploadBytesPerDay;

    ApplicationSettings settings() {
        List<String> bots = chatbots == null || chatbots.isBlank() ? null
                : Arrays.stream(chatbots.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        List<String> granted = operations == null ? List.of() : operations.stream().map(ApplicationSettings::nameOf).toList();
        ApplicationSettings.Quotas quotas = ApplicationSettings.Quotas.of(requestsPerMinute, completionsPerDay, uploadBytesPerDay);
        return new ApplicationSettings(name == null ? null : name.trim(), owner, contact, bots, granted, quotas);
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
