package com.maiagentgateway.simulator;

/** Files the seeded messages point at; "sim-object:" URLs are made absolute when answered. */
final class SeedObjects {

    static final String OBJECT_SCHEME = "sim-object:";
    static final String IMAGE_KEY = "media/seed/screenshot.png";
    static final String PDF_KEY = "media/seed/invoice.pdf";
    static final String IMAGE_URL = OBJECT_SCHEME + IMAGE_KEY;
    static final String PDF_URL = OBJECT_SCHEME + PDF_KEY;

    private SeedObjects() {
    }
}
