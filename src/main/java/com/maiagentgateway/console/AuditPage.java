package com.maiagentgateway.console;

import com.maiagentgateway.model.AuditRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.store.AuditRepository;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.primefaces.model.LazyDataModel;

/** The audit trail, newest first, filtered by user, action and date. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail auditTrail;

    @Size(max = 200, message = "Filter by at most 200 characters.")
    private String actor;
    @Size(max = 100, message = "Filter by at most 100 characters.")
    private String action;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditRecord> table;

    public void search() {
        ConsolePagedModel.showFirstPage(":list:entries");
        if (from != null && to != null && from.isAfter(to)) {
            PageMessages.error("The first day is after the last day.");
            table = null;
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        AuditRepository.Filter filter = new AuditRepository.Filter(blankToNull(actor), blankToNull(action),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        table = new PagedAudit(auditTrail, filter);
    }

    public LazyDataModel<AuditRecord> getTable() {
        if (table == null) {
            search();
        }
        return table;
    }

    /** Audit entries, one database page per table page. */
    static final class PagedAudit extends ConsolePagedModel<AuditRecord> {
        private static final long serialVersionUID = 1L;
        private final AuditTrail auditTrail;
        private final AuditRepository.Filter filter;

        PagedAudit(AuditTrail auditTrail, AuditRepository.Filter filter) {
            super("The audit trail");
            this.auditTrail = auditTrail;
            this.filter = filter;
        }

        @Override
        protected Page<AuditRecord> page(int first, int pageSize) {
            PageOf<AuditRecord> page = auditTrail.find(filter, first / pageSize + 1, pageSize);
            return new Page<>(page.items(), (int) page.count());
        }

        @Override
        public String getRowKey(AuditRecord entry) {
            return entry.id();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
