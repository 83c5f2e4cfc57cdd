package dev.lakefs.spring.benchmarks.contenders;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.BranchesApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.Ref;

/**
 * The official generated SDK, {@code io.lakefs:sdk}, used as its documentation shows. Its upload takes only a
 * {@link File} and its download always writes one: in-memory bytes are written to a scratch file before each upload,
 * and each downloaded file's length is read and the file deleted, because that is what a user of the SDK must do too.
 */
final class OfficialSdkCalls implements LakeFSCalls {

    private final ObjectsApi objects;

    private final BranchesApi branches;

    private final String repository;

    private final String branch;

    /** One scratch file per calling thread, as concurrent callers cannot share one. */
    private final ThreadLocal<Path> scratch = ThreadLocal.withInitial(this::newScratchFile);

    private final Queue<Path> scratchFiles = new ConcurrentLinkedQueue<>();

    OfficialSdkCalls(BenchmarkTarget target) {
        ApiClient client = new ApiClient();
        client.setBasePath(target.endpoint());
        client.setUsername(target.accessKeyId());
        client.setPassword(target.secretAccessKey());
        this.objects = new ObjectsApi(client);
        this.branches = new BranchesApi(client);
        this.repository = target.repository();
        this.branch = target.branch();
    }

    private Path newScratchFile() {
        try {
            Path file = Files.createTempFile("lakefs-sdk-upload", ".bin");
            file.toFile().deleteOnExit();
            this.scratchFiles.add(file);
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the SDK's scratch file", ex);
        }
    }

    @Override
    public ObjectStats statObject(String path) throws IOException {
        return call(() -> this.objects.statObject(this.repository, this.branch, path).execute());
    }

    @Override
    public Ref getBranch() throws IOException {
        return call(() -> this.branches.getBranch(this.repository, this.branch).execute());
    }

    @Override
    public int listObjects(String prefix, int amount) throws IOException {
        return call(() -> this.objects.listObjects(this.repository, this.branch)
            .prefix(prefix)
            .amount(amount)
            .execute()
            .getResults()
            .size());
    }

    @Override
    public ObjectStats upload(String path, byte[] content) throws IOException {
        return upload(path, Files.write(this.scratch.get(), content));
    }

    @Override
    public ObjectStats upload(String path, Path file) throws IOException {
        return call(() -> this.objects.uploadObject(this.repository, this.branch, path)
            .content(file.toFile())
            .execute());
    }

    @Override
    public long download(String path) throws IOException {
        File downloaded = call(() -> this.objects.getObject(this.repository, this.branch, path).execute());
        try {
            return downloaded.length();
        }
        finally {
            Files.delete(downloaded.toPath());
        }
    }

    private static <T> T call(SdkCall<T> call) throws IOException {
        try {
            return call.execute();
        }
        catch (ApiException ex) {
            throw new IOException("io.lakefs:sdk call failed with status " + ex.getCode() + ": "
                    + ex.getResponseBody(), ex);
        }
    }

    @Override
    public void close() throws IOException {
        for (Path file : this.scratchFiles) {
            Files.deleteIfExists(file);
        }
    }

    @FunctionalInterface
    private interface SdkCall<T> {

        T execute() throws ApiException;

    }

}
