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

    /** Any size in the largest binary unit that keeps it at 1 or more: "512 B", "3.2 KB", "105 MB", "1.5 GB". */
    public static String readable(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double size = bytes;
        int unit = 0;
        while (size >= 1024 && unit < units.length - 1) {
            size /= 1024;
            unit++;
        }
        String number = unit == 0 || size >= 100 || size == Math.rint(size) ? String.valueOf(Math.round(size))
                : String.format(Locale.ROOT, "%.1f", size);
        return number + " " + units[unit];
    }
}
