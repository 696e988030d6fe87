package com.maiagentgateway.model;

import java.util.Map;

/**
 * One allowed kind of file for one upload purpose: the extensions (lower case, with the dot) and
 * the content type each must have (null: any), and the size limit in bytes.
 */
public record FileRule(String category, String field, Map<String, String> contentTypes, long maxSize) {
}
