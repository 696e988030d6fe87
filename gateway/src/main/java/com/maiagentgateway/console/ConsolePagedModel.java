package com.maiagentgateway.console;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded console table, built once per view and told how to load a page and key a row
 * (as OptimusFaces does): a new search changes what the loader reads, not the model. When loading
 * fails (MaiAgent down, a bad filter), the table is empty and the page says why, instead of an error page.
 */
public final class ConsolePagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page, and how many rows there are (or are known to be) in all. */
    public record Page<T>(List<T> items, int rowCount) {
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

    private final String whatIsListed;
    private final PageLoader<T> loader;
    private final RowKey<T> rowKey;
    private int rows;

    public ConsolePagedModel(String whatIsListed, PageLoader<T> loader, RowKey<T> rowKey) {
        this.whatIsListed = whatIsListed;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    /** After new filters, the table showing a model starts again at its first page. */
    static void showFirstPage(String tableId) {
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
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            Page<T> page = loader.load(first, pageSize);
            rows = page.rowCount();
            setRowCount(rows);
            return page.items();
        } catch (RuntimeException failure) {
            PageMessages.failure(whatIsListed + " could not be listed", failure);
            rows = 0;
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }
}
