package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A write-only {@link SeekableByteChannel} over a {@link LakeFSOutputStream}: bytes go in order (the position can
 * only be where writing stopped) and the object is uploaded whole on {@link #close()}.
 */
final class WriteChannel implements SeekableByteChannel {

    private static final int TRANSFER_BUFFER = 64 * 1024;

    private final LakeFSOutputStream out;

    private boolean open = true;

    WriteChannel(LakeFSOutputStream out) {
        this.out = out;
    }

    @Override
    public int read(ByteBuffer destination) {
        throw new NonReadableChannelException();
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        ensureOpen();
        int length = source.remaining();
        if (source.hasArray()) {
            this.out.write(source.array(), source.arrayOffset() + source.position(), length);
            source.position(source.limit());
            return length;
        }
        byte[] buffer = new byte[Math.min(length, TRANSFER_BUFFER)];
        while (source.hasRemaining()) {
            int n = Math.min(buffer.length, source.remaining());
            source.get(buffer, 0, n);
            this.out.write(buffer, 0, n);
        }
        return length;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return this.out.size();
    }

    /** Only the current position is accepted: an object is uploaded as a whole, written in order. */
    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition != this.out.size()) {
            throw new UnsupportedOperationException("lakeFS objects are written in order: cannot move from "
                    + this.out.size() + " to " + newPosition + " in " + this.out.path());
        }
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return this.out.size();
    }

    /** Only a size at or beyond what was written is accepted (and changes nothing). */
    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        ensureOpen();
        if (size < this.out.size()) {
            throw new UnsupportedOperationException("lakeFS objects are written in order: cannot truncate "
                    + this.out.path() + " to " + size + " bytes");
        }
        return this;
    }

    @Override
    public boolean isOpen() {
        return this.open;
    }

    /** Uploads the object (see {@link LakeFSOutputStream#close()}). */
    @Override
    public void close() throws IOException {
        if (this.open) {
            this.open = false;
            this.out.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (!this.open) {
            throw new ClosedChannelException();
        }
    }
}
