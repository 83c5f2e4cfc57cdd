package dev.lakefs.spring.nio;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM with a small heap by {@link LargeFileCopyTests}: copies a generated stream of the given size to a
 * lakeFS path with {@code Files.copy}, then the object back to a local file, and prints
 * {@code OK <size> <md5 of the local copy>}. Arguments: endpoint, access key id, secret, repository, size, work dir.
 */
public final class LargeFileCopy {

    private LargeFileCopy() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = Map.of(LakeFSFileSystems.ENDPOINT, args[0], LakeFSFileSystems.ACCESS_KEY_ID, args[1],
                LakeFSFileSystems.SECRET_ACCESS_KEY, args[2]);
        long size = Long.parseLong(args[4]);
        try (FileSystem lakeFS = FileSystems.newFileSystem(URI.create("lakefs:///"), env)) {
            Path remote = lakeFS.getPath("/" + args[3], "main", "large/data.bin");
            try (InputStream generated = new GeneratedData(size, 42)) {
                Files.copy(generated, remote);
            }
            Path local = Path.of(args[5]).resolve("data.bin");
            Files.copy(remote, local);
            try (InputStream in = Files.newInputStream(local)) {
                System.out.println("OK " + Files.size(local) + " " + GeneratedData.md5(in));
            }
        }
    }
}
