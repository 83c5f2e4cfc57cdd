package dev.lakefs.embedded;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded lakeFS server on its own: {@code java -jar lakefs-embedded-standalone.jar --port 8000}. Prints
 * a line containing {@code listening on http://} when ready and serves until killed.
 * <p>
 * Exit codes: {@value #EXIT_USAGE} for a bad command line (one {@code error:} line, then the usage, on standard
 * error), {@value #EXIT_FAILURE} when the server cannot start, e.g. its port is in use (one {@code error:} line).
 */
public final class EmbeddedLakeFSMain {

    private static final String USAGE = """
            Usage: java -jar lakefs-embedded-standalone.jar [options]

            A server that speaks the lakeFS REST API (not lakeFS itself). Without --data-dir, data lives in
            memory (large objects in a temp directory) and is gone when the process ends; with it, data is kept
            there and survives a stop, a crash or kill -9.

            Options:
              --host <address>             address to bind (default 127.0.0.1; 0.0.0.0 for all interfaces)
              --port <port>                port to listen on (default 8000; 0 picks a free one)
              --access-key-id <id>         access key id clients must use (default AKIAIOSFOLQUICKSTART)
              --secret-access-key <secret> secret access key (default: the lakeFS quickstart secret)
              --data-dir <path>            keep repositories, history, staging and objects in this directory
                                           (default: none, in memory); one server per directory at a time
              --allowed-local-prefix <path> a host directory local:// imports and links may read (repeatable;
                                           default none)
              --public-url <url>           root that presigned URLs and redirects point to (default: the listen address)
              --help                       print this help and exit

            Exit status: 1 when the server cannot start (e.g. its port is in use), 2 for a bad command line.
            """;

    /** The exit code of a bad command line: an unknown option, a missing value, a value that is not valid. */
    static final int EXIT_USAGE = 2;

    /** The exit code when the server cannot start, e.g. because its port is in use. */
    static final int EXIT_FAILURE = 1;

    /** The options that take a value; checked before the value is read, so that a typo is reported as such. */
    private static final Set<String> OPTIONS = Set.of("--host", "--port", "--access-key-id", "--secret-access-key",
            "--data-dir", "--public-url", "--allowed-local-prefix");

    private EmbeddedLakeFSMain() {
    }

    /**
     * Starts the server with the options of the command line and serves until the process is stopped.
     * @param args the options, see {@code --help}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedLakeFS.Builder builder = EmbeddedLakeFS.builder().port(8000);
        try {
            if (!configure(builder, args, System.out)) {
                return;
            }
        }
        catch (IllegalArgumentException ex) {
            System.err.println("error: " + ex.getMessage());
            System.err.print(USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        EmbeddedLakeFS server;
        try {
            server = builder.build().start();
        }
        catch (UncheckedIOException ex) {
            System.err.println("error: " + startFailure(ex));
            System.exit(EXIT_FAILURE);
            return;
        }
        catch (IllegalStateException ex) {
            // e.g. the data directory is used by another server: one line, not a stack trace
            System.err.println("error: " + ex.getMessage());
            System.exit(EXIT_FAILURE);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "lakefs-embedded-shutdown"));
        System.out.println("Embedded lakeFS (an emulation of the lakeFS API, not lakeFS) listening on "
                + server.url() + " (API endpoint " + server.endpoint() + ", access key id " + server.accessKeyId()
                + ")");
        System.out.flush();
        stopped.await();
    }

    /**
     * Applies the command line to a builder.
     * @return false when the process should exit without serving (after {@code --help})
     */
    static boolean configure(EmbeddedLakeFS.Builder builder, String[] args, PrintStream out) {
        String accessKeyId = EmbeddedLakeFS.DEFAULT_ACCESS_KEY_ID;
        String secretAccessKey = EmbeddedLakeFS.DEFAULT_SECRET_ACCESS_KEY;
        List<String> allowedLocalPrefixes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            }
            if (option.equals("--help") || option.equals("-h")) {
                out.print(USAGE);
                return false;
            }
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = args[++i];
            }
            switch (option) {
                case "--host" -> builder.host(value);
                case "--port" -> builder.port(parsePort(value));
                case "--access-key-id" -> accessKeyId = value;
                case "--secret-access-key" -> secretAccessKey = value;
                case "--data-dir" -> builder.dataDirectory(Path.of(value));
                case "--public-url" -> builder.publicUrl(value);
                case "--allowed-local-prefix" -> allowedLocalPrefixes.add(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        builder.credentials(accessKeyId, secretAccessKey);
        builder.allowedLocalPrefixes(allowedLocalPrefixes.toArray(String[]::new));
        return true;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        }
        catch (NumberFormatException ex) {
            // reported below, like an out-of-range number
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535: " + value);
    }

    /** One line saying why the server could not start, with what to do when the port is taken. */
    static String startFailure(UncheckedIOException ex) {
        Throwable cause = ex.getCause();
        String reason = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
        String line = ex.getMessage() + ": " + reason;
        if (cause instanceof BindException && reason.contains("in use")) {
            line += " (another process listens there: stop it, or choose another port with --port, 0 for a free one)";
        }
        return line;
    }
}
