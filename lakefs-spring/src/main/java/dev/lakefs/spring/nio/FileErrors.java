package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dev.lakefs.spring.InvalidNameException;
import dev.lakefs.spring.ObjectExistsException;
import dev.lakefs.spring.client.LakeFSConflictException;
import dev.lakefs.spring.client.LakeFSException;
import dev.lakefs.spring.client.LakeFSForbiddenException;
import dev.lakefs.spring.client.LakeFSGoneException;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.LakeFSPreconditionFailedException;
import dev.lakefs.spring.client.LakeFSUnauthorizedException;
import org.jspecify.annotations.Nullable;

/**
 * Turns lakeFS failures into the {@link IOException}s {@link java.nio.file.Files} callers expect, naming the path:
 * 404 and 410 become {@link NoSuchFileException}, 401 and 403 {@link AccessDeniedException}, a failed if-absent write
 * (412, or 409) {@link FileAlreadyExistsException}, anything else a {@link FileSystemException} with lakeFS's message.
 */
final class FileErrors {

    private FileErrors() {
    }

    /** A lakeFS call made for {@code path}. */
    @FunctionalInterface
    interface Call<T> {

        T run() throws IOException;
    }

    /** Runs {@code call}, translating lakeFS failures on {@code path} (and {@code other}, for copies). */
    static <T> T call(Path path, @Nullable Path other, boolean ifAbsent, Call<T> call) throws IOException {
        try {
            return call.run();
        }
        catch (LakeFSException ex) {
            throw translate(ex, path, other, ifAbsent);
        }
        catch (InvalidNameException ex) {
            throw (IOException) new NoSuchFileException(path.toString(), (other != null) ? other.toString() : null,
                    ex.getMessage()).initCause(ex);
        }
    }

    static <T> T call(Path path, Call<T> call) throws IOException {
        return call(path, null, false, call);
    }

    /** The exception for a lakeFS failure on {@code path}. */
    static IOException translate(LakeFSException ex, Path path, @Nullable Path other, boolean ifAbsent) {
        String file = path.toString();
        String otherFile = (other != null) ? other.toString() : null;
        String reason = reason(ex);
        FileSystemException translated;
        if (ex instanceof ObjectExistsException || (ifAbsent && (ex instanceof LakeFSPreconditionFailedException
                || ex instanceof LakeFSConflictException))) {
            translated = new FileAlreadyExistsException((otherFile != null) ? otherFile : file, null, reason);
        }
        else if (ex instanceof LakeFSNotFoundException || ex instanceof LakeFSGoneException) {
            translated = new NoSuchFileException(file, otherFile, reason);
        }
        else if (ex instanceof LakeFSUnauthorizedException || ex instanceof LakeFSForbiddenException) {
            translated = new AccessDeniedException(file, otherFile, reason);
        }
        else {
            translated = new FileSystemException(file, otherFile, reason);
        }
        translated.initCause(ex);
        return translated;
    }

    private static String reason(LakeFSException ex) {
        String message = ex.getServerMessage();
        String text = (message != null && !message.isBlank()) ? message : ex.getMessage();
        return (ex.getStatus() > 0) ? "lakeFS answered " + ex.getStatus() + ": " + text : String.valueOf(text);
    }
}
