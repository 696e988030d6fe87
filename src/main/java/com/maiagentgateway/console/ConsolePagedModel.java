package com.maiagentgateway.console;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded console table whose page comes from a service: when loading fails (MaiAgent
 * down, a bad filter), the table is empty and the page says why, instead of an error page.
 */
public abstract class ConsolePagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final String whatIsListed;
    private int rows;

    protected ConsolePagedModel(String whatIsListed) {
        this.whatIsListed = whatIsListed;
    }

    /** One page, and how many rows there are (or are known to be) in all. */
    protected record Page<T>(List<T> items, int rowCount) {
    }

    protected abstract Page<T> page(int first, int pageSize);

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
            Page<T> page = page(first, pageSize);
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
}
