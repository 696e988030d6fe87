package com.maiagentgateway.store;

import com.maiagentgateway.model.ApiOperation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An application that calls the API with keys the gateway issued: what it may do and how much. */
@Entity
@Table(name = "client_application")
public class ClientApplication {

    public enum Status { ACTIVE, SUSPENDED }

    // One sequence value per row, as audit_entry: EclipseLink and Hibernate read a pooled sequence differently.
    @Id
    @SequenceGenerator(name = "client_application_seq", sequenceName = "client_application_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_application_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "owner", nullable = false, length = 200)
    private String owner;

    @Column(name = "contact", nullable = false, length = 200)
    private String contact;

    /** Comma-separated chatbot ids; null means every chatbot. */
    @Column(name = "chatbots", length = 4000)
    private String chatbots;

    @Column(name = "operations", nullable = false, length = 200)
    private String operations;

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    @Column(name = "completions_per_day")
    private Integer completionsPerDay;

    @Column(name = "upload_bytes_per_day")
    private Long uploadBytesPerDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClientApplication() {
    }

    public ClientApplication(String name, Instant now) {
        this.name = name;
        this.status = Status.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public String getContact() {
        return contact;
    }

    /** Null when every chatbot is allowed. */
    public List<String> getChatbots() {
        return chatbots == null ? null : Arrays.stream(chatbots.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    public Set<ApiOperation> getOperations() {
        Set<ApiOperation> set = EnumSet.noneOf(ApiOperation.class);
        Arrays.stream(operations.split(",")).filter(s -> !s.isEmpty()).map(ApiOperation::valueOf).forEach(set::add);
        return set;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public Integer getCompletionsPerDay() {
        return completionsPerDay;
    }

    public Long getUploadBytesPerDay() {
        return uploadBytesPerDay;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Everything an admin sets, at once (the admin API replaces settings whole). */
    public void configure(String owner, String contact, List<String> chatbots, Set<ApiOperation> operations,
                          Integer requestsPerMinute, Integer completionsPerDay, Long uploadBytesPerDay, Instant now) {
        this.owner = owner;
        this.contact = contact;
        this.chatbots = chatbots == null ? null : String.join(",", chatbots);
        this.operations = operations.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.requestsPerMinute = requestsPerMinute;
        this.completionsPerDay = completionsPerDay;
        this.uploadBytesPerDay = uploadBytesPerDay;
        this.updatedAt = now;
    }

    public void setStatus(Status status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }
}
