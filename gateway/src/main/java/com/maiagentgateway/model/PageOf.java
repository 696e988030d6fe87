package com.maiagentgateway.model;

import java.util.List;

/** One page of a page-numbered listing (pages count from 1). */
public record PageOf<T>(List<T> items, long count, int page, int pageSize) {
}
