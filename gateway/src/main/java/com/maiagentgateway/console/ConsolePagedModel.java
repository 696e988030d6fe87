package com.maiagentgateway.console;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazily loaded console table, built once per view and told how to load a page and key a row
 * (as OptimusFaces does): a new search changes what the loader reads, not the model. When loading
 * fails (MaiAgent down, a bad filter), the table keeps what it last showed and says what failed
 * ({@link #getFailure()}, shown in the table's header: the table loads while it renders, after the
 * page's messages are written), instead of looking empty or showing an error page.
 */
public final class ConsolePagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page, and how many rows there are (or are known to be) in all. */
    public record Page<T>(List<T> items, int rowCount) {
    }

    /** The column the table is sorted by, as PrimeFaces names it ({@code scores.faithfulness}), and which way. */
    public record Sorted(String field, boolean ascending) implements Serializable {
    }

    /** Loads the page starting at row {@code first}. */
    @FunctionalInterface
    public interface PageLoader<T> extends Serializable {
        Page<T> load(int first, int pageSize);
    }

    /** A row's stable key, for selection and row updates. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    /** The ConsoleText key naming what the table lists, for "… could not be listed". */
    private final String listedKey;
    private final PageLoader<T> loader;
    private final RowKey<T> rowKey;
    private int rows;
    private List<T> lastShown = List.of();
    private Instant lastShownAt;
    private String failure;
    /** Where this table's listed rows outlive the page (null: they do not). */
    private LastListed remembered;
    /** Whether what is shown is the previous search's, recalled when this one failed. */
    private boolean previousSearch;
    /** The sort the table asked for in its last load (null: MaiAgent's own order); a loader that can sort reads it. */
    private Sorted sorted;

    /** When a page was last listed (the injected clock: a CDI proxy, which serializes with the view). */
    private final Clock clock;

    public ConsolePagedModel(String listedKey, PageLoader<T> loader, RowKey<T> rowKey, Clock clock) {
        this.clock = clock;
        this.listedKey = listedKey;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    /**
     * Lists MaiAgent's data: what it lists is remembered for the session, so that when MaiAgent fails a new search
     * (on a new page), the previous search's rows stay on screen, said to be those.
     */
    ConsolePagedModel<T> rememberedIn(LastListed lastListed) {
        this.remembered = lastListed;
        return this;
    }

    /** After new filters, the table starts again at its first page, and what it showed (other filters' results) is forgotten. */
    void startOver(String tableId) {
        lastShown = List.of();
        lastShownAt = null;
        rows = 0;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return rows;
    }

    @Override
    @SuppressWarnings("unchecked") // a table's remembered rows are the rows it listed
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sorted = sortBy == null ? null : sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .map(meta -> new Sorted(meta.getField(), meta.getOrder() == SortOrder.ASCENDING)).orElse(null);
        try {
            Page<T> page = loader.load(first, pageSize);
            rows = page.rowCount();
            setRowCount(rows);
            lastShown = List.copyOf(page.items());
            lastShownAt = clock.instant();
            failure = null;
            previousSearch = false;
            if (remembered != null) {
                remembered.remember(listedKey, lastShown, lastShownAt);
            }
            return page.items();
        } catch (RuntimeException failed) {
            failure = ConsoleText.get("load.failed", ConsoleText.get(listedKey), PageMessages.reason(failed));
            setRowCount(rows);
            if (lastShown.isEmpty() && remembered != null && PageMessages.isOutage(failed) && remembered.recall(listedKey) != null) {
                // A failed new search keeps the last rows on screen; a refused one (a bad filter) does not.
                LastListed.Listed earlier = remembered.recall(listedKey);
                lastShown = (List<T>) earlier.rows();
                lastShownAt = earlier.at();
                previousSearch = true;
                rows = lastShown.size(); // one page of them, all the table has to show
                setRowCount(rows);
            }
            return lastShown;
        }
    }

    Sorted sorted() {
        return sorted;
    }

    /** What failed the last time the table loaded, or null; what the table shows then is from {@link #getLastShownAt()}. */
    public String getFailure() {
        return failure;
    }

    /** When what the table shows was loaded; null before anything was. */
    public Instant getLastShownAt() {
        return lastShownAt;
    }

    /** Whether what the table shows after a failure is the previous search's (on another page), not this one's. */
    public boolean isShowingPreviousSearch() {
        return failure != null && previousSearch && !lastShown.isEmpty();
    }

    /** Whether the table shows results from before a failure. */
    public boolean isShowingEarlierResults() {
        return failure != null && !lastShown.isEmpty();
    }

    /** The row of that key among those last shown (what a selection in the table can name). */
    @Override
    public T getRowData(String key) {
        return lastShown.stream().filter(row -> rowKey.of(row).equals(key)).findFirst().orElse(null);
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }
}
