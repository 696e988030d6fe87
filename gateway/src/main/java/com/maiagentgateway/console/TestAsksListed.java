package com.maiagentgateway.console;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A list's rows that are the admins' own tests ({@link com.maiagentgateway.service.TestAsks}): left out of the page
 * unless the address says {@code tests=shown}, and marked when shown. MaiAgent pages the list, so a page with tests
 * left out shows fewer rows, and says how many.
 */
public final class TestAsksListed implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SHOWN = "shown";

    private boolean shown;
    /** The keys of the tests among the rows last listed: this view's own, kept with it (no node shares it). */
    private final HashSet<String> onPage = new HashSet<>();
    private int leftOut;

    /** The page's rows as the list shows them: the tests among them ({@code testsAmong} names their keys) left out or kept. */
    <T> ConsolePagedModel.Page<T> sift(ConsolePagedModel.Page<T> page, Function<List<T>, Set<String>> testsAmong,
                                       ConsolePagedModel.RowKey<T> key) {
        onPage.clear();
        onPage.addAll(testsAmong.apply(page.items()));
        if (shown) {
            leftOut = 0;
            return page;
        }
        List<T> kept = page.items().stream().filter(row -> !onPage.contains(key.of(row))).toList();
        leftOut = page.items().size() - kept.size();
        return new ConsolePagedModel.Page<>(kept, page.rowCount());
    }

    /** Whether the row of this key is an admin's test (marked in the list when shown). */
    public boolean isTest(String key) {
        return onPage.contains(key);
    }

    /** How many of the admins' tests this page left out. */
    public int getLeftOut() {
        return leftOut;
    }

    /** The address's {@code tests} parameter: {@value #SHOWN}, or nothing. */
    public String getAddress() {
        return shown ? SHOWN : null;
    }

    public void setAddress(String value) {
        shown = SHOWN.equals(value);
    }

    public boolean isShown() {
        return shown;
    }

    public void setShown(boolean shown) {
        this.shown = shown;
    }
}
