package com.maiagentgateway.service;

import com.maiagentgateway.model.AuditNote;
import com.maiagentgateway.model.AuditFilter;
import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.model.AuditRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.store.AuditEntry;
import com.maiagentgateway.store.AuditRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records every write action and answers who did what. */
@Stateless
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 200;
    /** Far past any trail a person pages through, and small enough that (page - 1) × size cannot overflow. */
    public static final int MAX_PAGE = 1_000_000;

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "maiagent.audit.repeat-window-minutes", defaultValue = "15")
    long repeatWindowMinutes;

    /**
     * Writes one entry in its own transaction, so that an action which fails (and rolls back)
     * still leaves its trace.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String target, AuditOutcome outcome, String detail) {
        repository.add(new AuditEntry(Instant.now(clock), actor == null ? "anonymous" : actor,
                action, target, outcome, detail));
    }

    /** Writes entries made earlier ({@link LaterAuditEntries}), in one transaction of their own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAll(List<AuditEntry> entries) {
        entries.forEach(repository::add);
    }

    /**
     * Writes a refused sign-in from {@code source} (the caller's address), or counts it into the entry of the same
     * account, action, outcome and address begun within the last {@code maiagent.audit.repeat-window-minutes} (15):
     * guessing adds one entry per account and address per window, however often it tries.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRepeat(String actor, String action, String target, AuditOutcome outcome, String detail, String source) {
        String who = actor == null ? "anonymous" : actor;
        String key = action + "|" + outcome + "|" + source + "|" + who;
        Instant now = Instant.now(clock);
        repository.repeatOf(key, now.minus(Duration.ofMinutes(repeatWindowMinutes))).ifPresentOrElse(
                entry -> entry.repeated(now),
                () -> repository.add(AuditEntry.repeating(key, now, who, action, target, outcome, detail + ", from " + source)));
    }

    /** What a floor below the services asked to have audited (sign-ins refused by the authentication mechanism). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noted(@Observes AuditNote note) {
        if (note.source() != null) {
            recordRepeat(note.actor(), note.action(), note.target(), note.outcome(), note.detail(), note.source());
        } else {
            record(note.actor(), note.action(), note.target(), note.outcome(), note.detail());
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public PageOf<AuditRecord> find(AuditFilter filter,
                                    @Min(value = 1, message = "must be 1 or more") @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE) int page,
                                    @Min(value = 1, message = "must be 1 or more")
                                    @Max(value = MAX_PAGE_SIZE, message = "must be at most " + MAX_PAGE_SIZE) int pageSize) {
        List<AuditRecord> items = repository.find(filter, (page - 1) * pageSize, pageSize).stream()
                .map(AuditTrail::toRecord)
                .toList();
        return new PageOf<>(items, repository.count(filter), page, pageSize);
    }

    /** The actions the trail holds, for the console's filter to offer. */
    @RolesAllowed(Roles.ADMIN)
    public List<String> actions() {
        return repository.actions();
    }

    static AuditRecord toRecord(AuditEntry e) {
        return new AuditRecord(String.valueOf(e.getId()), e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getTarget(), e.getOutcome().name(), e.getDetail(), e.getTimes(), e.getLastOccurredAt());
    }
}
