package com.maiagentgateway.client;

import java.util.List;

/**
 * One page of a list. Conversations and messages page by cursor ({@code nextCursor}, {@code previousCursor}); records
 * by number ({@code page}, {@code pageSize}); {@code count} is the whole list's length where the gateway knows it.
 */
public record Page<T>(List<T> items, String nextCursor, String previousCursor, Long count, Integer page, Integer pageSize) {
}
