package org.oas.cim.pipeline.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stream that adds the bytes read from it to a counter another thread may read: how far a reader has got into a
 * file, for the progress line.
 */
final class CountedStream extends FilterInputStream {
    private final AtomicLong bytesRead;

    CountedStream(InputStream in, AtomicLong bytesRead) {
        super(in);
        this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytesRead.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytesRead.addAndGet(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        bytesRead.addAndGet(skipped);
        return skipped;
    }
}
