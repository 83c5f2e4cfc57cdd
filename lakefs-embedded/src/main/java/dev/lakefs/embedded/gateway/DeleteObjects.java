package dev.lakefs.embedded.gateway;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.versioning.Branch;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/**
 * DeleteObjects ({@code POST /<repository>?delete}), as lakeFS's {@code operations/deleteobjects.go}: 1 to 1000
 * {@code ref/path} keys, each deleted or reported; missing objects and branches count as deleted.
 */
final class DeleteObjects {

    private static final int MAX_KEYS = 1000;

    private DeleteObjects() {
    }

    static ApiResponse handle(S3Request request, Repository repository) {
        if (!request.has("delete")) {
            throw S3Error.LAKEFS_NOT_SUPPORTED.exception();
        }
        if (repository.readOnly()) {
            throw S3Error.READ_ONLY_REPOSITORY.exception();
        }
        XmlBodies.Delete delete;
        try {
            delete = XmlBodies.delete(request.payload());
        }
        catch (XmlBodies.Malformed | IOException ex) {
            // lakeFS answers a body it cannot read, or one that fails its signature, as a bad request.
            throw S3Error.BAD_REQUEST.exception();
        }
        if (delete.keys().isEmpty() || delete.keys().size() > MAX_KEYS) {
            throw S3Error.MALFORMED_XML.exception();
        }
        List<String> deleted = new ArrayList<>();
        List<String[]> errors = new ArrayList<>();
        repository.update(() -> {
            for (String key : delete.keys()) {
                String refused = deleteOne(repository, key);
                if (refused != null) {
                    errors.add(new String[] { key, refused });
                }
                else if (!delete.quiet()) {
                    deleted.add(key);
                }
            }
        });
        Xml xml = new Xml().openS3("DeleteResult");
        deleted.forEach(key -> xml.open("Deleted").element("Key", key).close("Deleted"));
        for (String[] error : errors) {
            boolean isProtected = error[1].equals(S3Error.WRITE_TO_PROTECTED_BRANCH.message());
            xml.open("Error")
                .element("Code", isProtected ? S3Error.WRITE_TO_PROTECTED_BRANCH.code() : "ErrDeletingKey")
                .element("Key", error[0])
                .element("Message", "error deleting object: " + error[1])
                .close("Error");
        }
        return BucketOperations.xml(xml.close("DeleteResult"));
    }

    /** Deletes one key (under the write lock); the reason it was refused, or null. */
    private static @Nullable String deleteOne(Repository repository, String key) {
        BucketOperations.Location location;
        try {
            location = key.isEmpty() ? new BucketOperations.Location("", "") : BucketOperations.Location.parse(key);
        }
        catch (S3Exception ex) {
            return "encoded path is malformed";
        }
        String branchName = location.ref();
        String path = BucketOperations.nullToEmpty(location.path());
        if (!Names.BRANCH.matcher(branchName).matches()) {
            return "branch id: invalid value: validation error";
        }
        if (repository.protection().protects(branchName)) {
            return S3Error.WRITE_TO_PROTECTED_BRANCH.message();
        }
        Branch branch = repository.branches().get(branchName);
        // A missing branch or an empty path (Spark deleting "main/") is not an error for lakeFS.
        if (branch != null && !path.isEmpty()) {
            repository.removeObject(branch, path, false);
        }
        return null;
    }
}
