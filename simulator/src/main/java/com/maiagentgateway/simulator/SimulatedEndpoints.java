package com.maiagentgateway.simulator;

import java.util.List;
import java.util.regex.Pattern;

/** The names faults are armed under, from the path of a simulator request. */
final class SimulatedEndpoints {

    static final List<String> NAMES = List.of("completions", "conversations", "messages", "records", "export-excel",
            "attachments", "attachments-upload", "upload-presigned-url", "allowed-file-specs", "storage");

    private static final Pattern API = Pattern.compile("^/api(?:/v1)?/(.*)$");

    private SimulatedEndpoints() {
    }

    /** The endpoint name for a path inside the simulator's web application, or null for anything else. */
    static String of(String path) {
        if (path.startsWith("/storage/")) {
            return "storage";
        }
        var m = API.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1);
        if (rest.matches("chatbots/[^/]+/completions/?")) {
            return "completions";
        }
        if (rest.matches("chatbots/[^/]+/records/export-excel/?")) {
            return "export-excel";
        }
        if (rest.matches("chatbots/[^/]+/records/?")) {
            return "records";
        }
        if (rest.matches("conversations/[^/]+/attachments/?")) {
            return "attachments";
        }
        for (String name : List.of("conversations", "messages", "attachments-upload", "attachments",
                "upload-presigned-url", "allowed-file-specs")) {
            if (rest.equals(name) || rest.startsWith(name + "/")) {
                return name;
            }
        }
        return null;
    }
}
