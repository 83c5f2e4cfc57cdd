package dev.lakefs.embedded;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded lakeFS server on its own: {@code java -jar lakefs-embedded-standalone.jar --port 8000}. Prints
 * a line containing {@code listening on http://} when ready and serves until killed.
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
            """;

    private EmbeddedLakeFSMain() {
    }

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
            System.exit(2);
            return;
        }
        EmbeddedLakeFS server;
        try {
            server = builder.build().start();
        }
        catch (IllegalStateException | UncheckedIOException ex) {
            // e.g. the data directory is used by another server: one line, not a stack trace
            System.err.println("error: " + ex.getMessage());
            System.exit(1);
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
            return Integer.parseInt(value);
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("--port must be a number: " + value);
        }
    }
}
