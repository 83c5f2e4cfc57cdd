package dev.lakefs.spring.client;

import dev.lakefs.spring.client.model.ObjectStats;

/**
 * Uploads and downloads a generated object of a given size, run in a JVM with a heap far smaller than the object
 * by {@link LakeFSClientBoundedMemoryTests}. Arguments: endpoint, access key id, secret access key, repository, size.
 * Prints the checksum and exits 0 when both directions agree with the generated content.
 */
public final class BoundedMemoryTransfer {

    private BoundedMemoryTransfer() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[4]);
        LakeFSClient client = LakeFSClient.builder().endpoint(args[0]).credentials(args[1], args[2]).build();
        String expected = LakeFSClientStreamingTests.md5(LakeFSClientStreamingTests.generate(size));
        ObjectStats stats = client.uploadObject(args[3], "main", "large.bin",
                ObjectUpload.ofRepeatable(LakeFSClientStreamingTests.generate(size), size))
            .block();
        String downloaded = LakeFSClientStreamingTests
            .md5(client.readObject(args[3], "main", "large.bin", GetObjectOptions.defaults()));
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() + " checksum " + stats.checksum());
        boolean agree = expected.equals(stats.checksum()) && expected.equals(downloaded)
                && stats.sizeBytes() != null && stats.sizeBytes() == size;
        System.exit(agree ? 0 : 1);
    }

}
