package com.maiagentgateway.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** The two pagination styles MaiAgent uses: cursors (next/previous URLs) and page numbers with a count. */
final class Pages {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private Pages() {
    }

    /** DRF ignores a page size it cannot use and falls back to the default. */
    static int pageSize(String requested) {
        try {
            int size = Integer.parseInt(requested);
            return size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        } catch (NumberFormatException | NullPointerException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    static <T> JsonObject cursorPage(List<T> all, String cursor, String pageSizeParam, UriInfo uri,
                                     Function<T, JsonObject> wire, boolean withCount) {
        int size = pageSize(pageSizeParam);
        int from;
        try {
            from = Math.min(Cursor.decode(cursor), all.size());
        } catch (IllegalArgumentException e) {
            throw DrfErrors.error(404, Json.createObjectBuilder().add("detail", "Invalid cursor")); // as DRF answers
        }
        int to = Math.min(from + size, all.size());
        JsonObjectBuilder page = Json.createObjectBuilder();
        if (withCount) {
            page.add("count", all.size());
        }
        link(page, "next", to < all.size() ? uri.getRequestUriBuilder().replaceQueryParam("cursor", Cursor.encode(to)).build().toString() : null);
        link(page, "previous", from > 0
                ? uri.getRequestUriBuilder().replaceQueryParam("cursor", Cursor.encode(Math.max(0, from - size))).build().toString() : null);
        return page.add("results", results(all.subList(from, to), wire)).build();
    }

    static <T> JsonObject numberedPage(List<T> all, String pageParam, String pageSizeParam, UriInfo uri,
                                       Function<T, JsonObject> wire) {
        int size = pageSize(pageSizeParam);
        int page;
        try {
            page = pageParam == null || pageParam.isBlank() ? 1 : Integer.parseInt(pageParam);
        } catch (NumberFormatException e) {
            page = -1;
        }
        int pages = Math.max(1, (all.size() + size - 1) / size);
        if (page < 1 || page > pages) {
            throw DrfErrors.error(404, Json.createObjectBuilder().add("detail", "Invalid page."));
        }
        int from = (page - 1) * size;
        int to = Math.min(from + size, all.size());
        JsonObjectBuilder json = Json.createObjectBuilder().add("count", all.size());
        link(json, "next", page < pages ? uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build().toString() : null);
        link(json, "previous", page > 1 ? uri.getRequestUriBuilder().replaceQueryParam("page", page - 1).build().toString() : null);
        return json.add("results", results(all.subList(from, to), wire)).build();
    }

    private static void link(JsonObjectBuilder json, String name, String url) {
        if (url == null) {
            json.addNull(name);
        } else {
            json.add(name, url);
        }
    }

    private static <T> JsonArrayBuilder results(List<T> items, Function<T, JsonObject> wire) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        items.forEach(item -> results.add(wire.apply(item)));
        return results;
    }
}
