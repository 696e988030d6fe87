package com.maiagentgateway.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A caller's upload read exactly to the length it declared, on whichever thread sends it on:
 * fewer bytes is a failure (the caller stopped), never a shorter file, and the failure is kept
 * so the service can say it was the caller's, not MaiAgent's storage's.
 */
final class DeclaredLengthInput extends FilterInputStream {

    private final long declared;
    private volatile long read;
    private volatile IOException failure;

    DeclaredLengthInput(InputStream in, long declared) {
        super(in);
        this.declared = declared;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (read >= declared) {
            return -1;
        }
        int n;
        try {
            n = super.read(buffer, offset, (int) Math.min(length, declared - read));
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) {
            failure = new IOException("the upload ended after " + read + " of the " + declared + " bytes it declared");
            throw failure;
        }
        read += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("an upload is sent on whole, never skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** What went wrong reading the caller's bytes, or null. */
    IOException failure() {
        return failure;
    }

    long bytesRead() {
        return read;
    }
}
