package com.maiagentgateway.model;

import java.io.InputStream;

/** The Excel export as it streams from MaiAgent: its bytes (close when done), content type and file name. */
public record RecordsExport(InputStream content, String contentType, String contentDisposition) implements AutoCloseable {

    @Override
    public void close() throws java.io.IOException {
        content.close();
    }
}
