package dev.lakefs.spring.benchmarks.server;

import dev.lakefs.embedded.EmbeddedLakeFSMain;

/**
 * The server JVM's entry point: the embedded server's own main, in a process that exits when the benchmark JVM that
 * started it does, even if that one dies without stopping it (a fork that ran out of memory, a killed run).
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ProcessHandle.current()
            .parent()
            .ifPresent((parent) -> parent.onExit().thenRun(() -> System.exit(0)));
        EmbeddedLakeFSMain.main(args);
    }

}
