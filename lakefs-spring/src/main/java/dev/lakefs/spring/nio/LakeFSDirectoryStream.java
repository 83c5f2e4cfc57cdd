package dev.lakefs.spring.nio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import dev.lakefs.spring.client.LakeFSException;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a lakeFS directory, lazily: each page of the listing is requested when the iteration reaches it,
 * and closing the stream releases the listing.
 */
final class LakeFSDirectoryStream implements DirectoryStream<Path> {

    private final LakeFSPath dir;

    private final Stream<LakeFSPath> entries;

    private final Filter<? super Path> filter;

    private boolean iterated;

    private boolean closed;

    LakeFSDirectoryStream(LakeFSPath dir, Stream<LakeFSPath> entries, Filter<? super Path> filter) {
        this.dir = dir;
        this.entries = entries;
        this.filter = filter;
    }

    @Override
    public Iterator<Path> iterator() {
        if (this.closed) {
            throw new IllegalStateException("Directory stream of " + this.dir + " is closed");
        }
        if (this.iterated) {
            throw new IllegalStateException("A directory stream can be iterated once");
        }
        this.iterated = true;
        Iterator<LakeFSPath> source = this.entries.iterator();
        return new Iterator<>() {

            private @Nullable Path next;

            @Override
            public boolean hasNext() {
                while (this.next == null && !LakeFSDirectoryStream.this.closed && advance(source)) {
                    // advance until an accepted entry or the end
                }
                return this.next != null;
            }

            private boolean advance(Iterator<LakeFSPath> source) {
                LakeFSPath candidate;
                try {
                    if (!source.hasNext()) {
                        return false;
                    }
                    candidate = source.next();
                    if (LakeFSDirectoryStream.this.filter.accept(candidate)) {
                        this.next = candidate;
                    }
                }
                catch (IOException ex) {
                    throw new DirectoryIteratorException(ex);
                }
                catch (LakeFSException ex) {
                    throw new DirectoryIteratorException(FileErrors.translate(ex, LakeFSDirectoryStream.this.dir, null,
                            false));
                }
                catch (UncheckedIOException ex) {
                    throw new DirectoryIteratorException(ex.getCause());
                }
                return true;
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Path result = this.next;
                this.next = null;
                return result;
            }
        };
    }

    @Override
    public void close() {
        if (!this.closed) {
            this.closed = true;
            this.entries.close();
        }
    }
}
