package com.maiagentgateway.model;

import java.util.Map;

/** Where and how to upload a file directly to MaiAgent's object storage: the URL and its form fields, in order. */
public record StoredUpload(String url, Map<String, String> fields) {
}
