package com.maiagentgateway.model;

import java.util.List;

/**
 * One page of a cursor-paged listing. The cursors are opaque to callers (never MaiAgent URLs);
 * {@code count} is present only where MaiAgent gives one.
 */
public record CursorPage<T>(List<T> items, String nextCursor, String previousCursor, Long count) {
}
