package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

import dev.lakefs.spring.client.LakeFSException;
import dev.lakefs.spring.io.ObjectReader;

/**
 * A read-only {@link SeekableByteChannel} over an {@link ObjectReader}: one streaming response from the current
 * position, a new ranged {@code GET} after a seek (short forward seeks read ahead instead), so memory stays bounded
 * whatever the object's size.
 */
final class ReadChannel implements SeekableByteChannel {

    private static final int TRANSFER_BUFFER = 64 * 1024;

    private final LakeFSPath path;

    private final ObjectReader reader;

    private boolean open = true;

    ReadChannel(LakeFSPath path, ObjectReader reader) {
        this.path = path;
        this.reader = reader;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        ensureOpen();
        try {
            if (destination.hasArray()) {
                int n = this.reader.read(destination.array(), destination.arrayOffset() + destination.position(),
                        destination.remaining());
                if (n > 0) {
                    destination.position(destination.position() + n);
                }
                return n;
            }
            byte[] buffer = new byte[Math.min(destination.remaining(), TRANSFER_BUFFER)];
            int n = this.reader.read(buffer, 0, buffer.length);
            if (n > 0) {
                destination.put(buffer, 0, n);
            }
            return n;
        }
        catch (LakeFSException ex) {
            throw FileErrors.translate(ex, this.path, null, false);
        }
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return this.reader.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        try {
            this.reader.seek(newPosition);
        }
        catch (LakeFSException ex) {
            throw FileErrors.translate(ex, this.path, null, false);
        }
        return this;
    }

    /** The object's size, asked from lakeFS once. */
    @Override
    public long size() throws IOException {
        ensureOpen();
        try {
            return this.reader.size();
        }
        catch (LakeFSException ex) {
            throw FileErrors.translate(ex, this.path, null, false);
        }
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return this.open;
    }

    @Override
    public void close() throws IOException {
        this.open = false;
        this.reader.close();
    }

    private void ensureOpen() throws IOException {
        if (!this.open) {
            throw new ClosedChannelException();
        }
    }
}
