package com.maiagentgateway.client;

import java.util.Map;

/** What MaiAgent takes for one kind of file: the extensions with their content types, and the largest size in bytes. */
public record FileRule(String category, String field, Map<String, String> contentTypes, long maxSize) {

    public record List(java.util.List<FileRule> items) {
    }
}
