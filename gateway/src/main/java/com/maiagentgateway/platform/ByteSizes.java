package com.maiagentgateway.platform;

import java.util.Locale;

/** Sizes in the units people read: MaiAgent's limits are whole or half megabytes (MiB), as its pages state them. */
public final class ByteSizes {

    private ByteSizes() {
    }

    /** Bytes as megabytes: "5", "0.5", "20". */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }
}
