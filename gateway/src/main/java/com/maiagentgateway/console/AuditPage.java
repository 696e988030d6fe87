package com.maiagentgateway.console;

import com.maiagentgateway.platform.ConsoleTimeZone;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.model.AuditFilter;
import com.maiagentgateway.model.AuditRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.service.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.LazyDataModel;

/**
 * The audit trail, newest first, filtered by user, action (or a family of actions) and date; the filters are in the
 * address (?actor=&action=&from=&to=), so a search can be shared, reloaded and gone back to.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CONVERSATION_TARGET = Pattern.compile("^conversation (" + Uuid.FORM.pattern() + ")\\b");

    @Inject
    ConsoleTimeZone timeZone;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Size(max = 200, message = "{console.filter.size}")
    private String actor;
    @Size(max = 100, message = "{console.filter.size}")
    private String action;
    private LocalDate from;
    private LocalDate to;
    /** What the table lists; null while the filters make no search. */
    private AuditFilter filter;
    private ConsolePagedModel<AuditRecord> table;

    @PostConstruct
    void everything() {
        table = new ConsolePagedModel<>("audit.listing", (first, pageSize) -> {
            PageOf<AuditRecord> page = auditTrail.find(filter, first / pageSize + 1, pageSize);
            return new ConsolePagedModel.Page<>(page.items(), (int) page.count());
        }, AuditRecord::id, clock);
        search();
    }

    public void search() {
        table.startOver(":list:entries");
        if (from != null && to != null && from.isAfter(to)) {
            PageMessages.error(ConsoleText.get("audit.datesReversed"));
            filter = null;
            return;
        }
        ZoneId zone = timeZone.zone();
        filter = new AuditFilter(Texts.trimmedOrNull(actor), Texts.trimmedOrNull(action),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The filters as the address says them (a shared link, a reload, Back). */
    public void listWhatTheAddressSays() {
        search();
    }

    /** Search: the page again at an address that carries the filters. */
    public String searchByAddress() {
        return "/console/audit?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<AuditRecord> getTable() {
        return filter == null ? null : table;
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

    /** The actions the trail holds whose id or name contains what was typed: the filter offers them by name. */
    public List<String> actionsLike(String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        try {
            return auditTrail.actions().stream().filter(a -> a.toLowerCase(Locale.ROOT).contains(wanted)
                    || actionName(a).toLowerCase(Locale.ROOT).contains(wanted)).toList();
        } catch (RuntimeException failure) {
            return List.of();
        }
    }

    /** An action's name in the page's language (its id where the console has none). */
    public String actionName(String action) {
        return action != null && ConsoleText.has("audit.action." + action) ? ConsoleText.get("audit.action." + action) : action;
    }

    /** The conversation an entry's target names ("conversation <id>"), to link it; null for any other target. */
    public String conversationOf(String target) {
        if (target == null) {
            return null;
        }
        Matcher m = CONVERSATION_TARGET.matcher(target);
        return m.find() ? m.group(1) : null;
    }
}
