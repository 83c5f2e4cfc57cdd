package dev.lakefs.embedded.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lakefs.embedded.api.ObjectListing;
import dev.lakefs.embedded.api.ServerContext;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.versioning.Branch;
import dev.lakefs.embedded.versioning.Entry;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/**
 * Operations on a bucket (a repository): ListBuckets, HeadBucket, PutBucket, GetBucketLocation,
 * GetBucketVersioning, ListObjects v1 and v2, ListMultipartUploads and DeleteObjects, as lakeFS's
 * {@code operations/listbuckets.go}, {@code headbucket.go}, {@code putbucket.go}, {@code listobjects.go} and
 * {@code deleteobjects.go}.
 */
final class BucketOperations {

    private static final List<String> LIST_UNSUPPORTED = List.of("inventory", "metrics", "publicAccessBlock",
            "ownershipControls", "intelligent-tiering", "analytics", "policy", "lifecycle", "encryption",
            "object-lock", "replication", "notification", "events", "acl", "cors", "website", "accelerate",
            "requestPayment", "logging", "tagging", "versions", "policyStatus");

    private static final List<String> PUT_BUCKET_UNSUPPORTED = List.of("cors", "metrics", "website", "logging",
            "accelerate", "requestPayment", "acl", "publicAccessBlock", "ownershipControls", "intelligent-tiering",
            "analytics", "lifecycle", "replication", "encryption", "policy", "object-lock", "tagging", "versioning");

    /** lakeFS's {@code ListObjectMaxKeys}: the default page. */
    private static final int DEFAULT_MAX_KEYS = 1000;

    /** lakeFS's catalog caps: branches per page, entries per page. */
    private static final int MAX_BRANCHES = 1000;

    private static final int MAX_ENTRIES = 10_000;

    /** lakeFS's {@code path.ResolvePath}: a ref and a path, or a ref alone. */
    private static final Pattern REF_AND_PATH = Pattern.compile("^/?([^/]+)/(.*)$", Pattern.DOTALL);

    private static final Pattern REF_ONLY = Pattern.compile("^/?([^/]+)$", Pattern.DOTALL);

    private final ServerContext context;

    private final MultipartUploads uploads;

    BucketOperations(ServerContext context, MultipartUploads uploads) {
        this.context = context;
        this.uploads = uploads;
    }

    /** ListBuckets: every repository, filtered by {@code prefix}. */
    ApiResponse list(S3Request request) {
        unsupported(request, List.of("events"));
        String prefix = request.query("prefix");
        Xml xml = new Xml().open("ListAllMyBucketsResult").open("Buckets");
        for (Repository repository : this.context.repositories().list()) {
            if (repository.id().startsWith(prefix)) {
                xml.open("Bucket")
                    .element("CreationDate", Xml.timestamp(repository.creationDate()))
                    .element("Name", repository.id())
                    .close("Bucket");
            }
        }
        xml.close("Buckets").open("Owner").element("DisplayName", "").element("ID", "").close("Owner")
            .close("ListAllMyBucketsResult");
        return ApiResponse.bytes(200, xml.bytes(), "application/xml");
    }

    ApiResponse handle(S3Request request, Repository repository, Operation operation) {
        return switch (operation) {
            case HEAD_BUCKET -> {
                unsupported(request, List.of("acl"));
                yield ApiResponse.empty(200);
            }
            case PUT_BUCKET -> {
                unsupported(request, PUT_BUCKET_UNSUPPORTED);
                throw S3Error.BUCKET_ALREADY_EXISTS.exception();
            }
            case LIST_OBJECTS -> listObjects(request, repository);
            case DELETE_OBJECTS -> DeleteObjects.handle(request, repository);
            default -> throw new IllegalArgumentException("Not a bucket operation: " + operation);
        };
    }

    private ApiResponse listObjects(S3Request request, Repository repository) {
        unsupported(request, LIST_UNSUPPORTED);
        if (request.has("location")) {
            // Empty for us-east-1, lakeFS's default region.
            Xml xml = new Xml().openS3("LocationConstraint").close("LocationConstraint");
            return xml(xml);
        }
        if (request.has("uploads")) {
            return this.uploads.listUploads(request, repository);
        }
        if (request.has("versioning")) {
            return xml(new Xml().openS3("VersioningConfiguration").close("VersioningConfiguration"));
        }
        return switch (request.query("list-type")) {
            case "", "1" -> listV1(request, repository);
            case "2" -> listV2(request, repository);
            default -> throw S3Error.BAD_REQUEST.exception();
        };
    }

    private ApiResponse listV2(S3Request request, Repository repository) {
        String delimiter = request.query("delimiter");
        String continuationToken = request.query("continuation-token");
        String from = continuationToken.isEmpty() ? request.query("start-after") : continuationToken;
        int maxKeys = maxKeys(request);
        String prefix = request.query("prefix");
        // An unknown ref is a failed listing here (only v1 answers it with an empty page).
        Listing listing = listing(repository, prefix, from, delimiter, maxKeys, false);
        Xml xml = new Xml().open("ListBucketResult")
            .element("Name", repository.id())
            .element("IsTruncated", listing.hasMore())
            .element("Prefix", prefix)
            .optional("Delimiter", delimiter)
            .element("KeyCount", listing.keyCount())
            .element("MaxKeys", maxKeys);
        listing.writePrefixes(xml);
        if (listing.hasMore()) {
            xml.optional("NextContinuationToken", listing.lastKey());
        }
        xml.optional("ContinuationToken", continuationToken);
        listing.writeContents(xml);
        return xml(xml.close("ListBucketResult"));
    }

    private ApiResponse listV1(S3Request request, Repository repository) {
        String delimiter = request.query("delimiter");
        String marker = request.query("marker");
        int maxKeys = maxKeys(request);
        String prefix = request.query("prefix");
        Listing listing = listing(repository, prefix, marker, delimiter, maxKeys, true);
        Xml xml = new Xml().open("ListBucketResult")
            .element("Name", repository.id())
            .element("IsTruncated", listing.hasMore())
            .element("Prefix", prefix)
            .optional("Delimiter", delimiter)
            // lakeFS counts the object entries here, so a branch listing says 0.
            .element("KeyCount", listing.branches() ? 0 : listing.keyCount())
            .element("MaxKeys", maxKeys);
        listing.writePrefixes(xml);
        xml.element("Marker", marker);
        // NextMarker only with a delimiter, as lakeFS.
        if (listing.hasMore() && !delimiter.isEmpty()) {
            xml.optional("NextMarker", listing.lastKey());
        }
        listing.writeContents(xml);
        return xml(xml.close("ListBucketResult"));
    }

    /**
     * Branches when the prefix names no path, else the objects of the prefix's ref after {@code from} (a
     * {@code ref/path} key of that same ref, or BadRequest).
     */
    private static Listing listing(Repository repository, String prefix, String from, String delimiter,
            int maxKeys, boolean unknownRefIsEmpty) {
        Location location = Location.parse(prefix);
        if (location.path() == null) {
            return repository.read(() -> branches(repository, location.ref(), from, maxKeys));
        }
        Location after = from.isEmpty() ? new Location(location.ref(), "") : Location.parse(from);
        if (!after.ref().equalsIgnoreCase(location.ref())) {
            throw S3Error.BAD_REQUEST.exception();
        }
        return repository.read(() -> entries(repository, location, nullToEmpty(after.path()), delimiter, maxKeys,
                unknownRefIsEmpty));
    }

    /** Branches whose names start with {@code prefix}, after {@code after}, as common prefixes {@code name/}. */
    private static Listing branches(Repository repository, String prefix, String after, int maxKeys) {
        int limit = (maxKeys < 0 || maxKeys > MAX_BRANCHES) ? MAX_BRANCHES : maxKeys;
        String start = (after.compareTo(prefix) < 0) ? prefix : after;
        List<ObjectListing.Item> items = new ArrayList<>();
        boolean hasMore = false;
        for (Branch branch : repository.branches().tailMap(start, true).values()) {
            if (branch.hidden() || branch.name().equals(after)) {
                continue;
            }
            if (!branch.name().startsWith(prefix)) {
                break;
            }
            if (items.size() == limit) {
                hasMore = true;
                break;
            }
            items.add(new ObjectListing.Item(branch.name(), null));
        }
        String lastKey = items.isEmpty() ? "" : items.get(items.size() - 1).key();
        return new Listing("", items, hasMore, lastKey, true);
    }

    /** Objects and common prefixes of a ref; keys are {@code ref/path}. */
    private static Listing entries(Repository repository, Location location, String after, String delimiter,
            int maxKeys, boolean unknownRefIsEmpty) {
        int limit = (maxKeys < 0 || maxKeys > MAX_ENTRIES) ? MAX_ENTRIES : maxKeys;
        String ref = location.ref();
        ObjectListing.Page page;
        try {
            page = ObjectListing.page(Refs.resolve(repository, ref).view(), nullToEmpty(location.path()),
                    delimiter, after, limit);
        }
        catch (ApiException ex) {
            if (ex.status() == 404 && unknownRefIsEmpty) {
                return new Listing(ref, List.of(), false, "", false);
            }
            throw S3Error.BAD_REQUEST.exception();
        }
        List<ObjectListing.Item> items = page.items();
        String lastKey = items.isEmpty() ? "" : ref + "/" + items.get(items.size() - 1).key();
        return new Listing(ref, items, page.hasMore(), lastKey, false);
    }

    /** lakeFS reads {@code max-keys} leniently: anything unparsable is the default. */
    private static int maxKeys(S3Request request) {
        try {
            return Integer.parseInt(request.query("max-keys"));
        }
        catch (NumberFormatException ex) {
            return DEFAULT_MAX_KEYS;
        }
    }

    /** Answers {@code ERRLakeFSNotSupported} when the request names one of these sub-resources. */
    static void unsupported(S3Request request, List<String> subResources) {
        if (request.hasAny(subResources)) {
            throw S3Error.LAKEFS_NOT_SUPPORTED.exception();
        }
    }

    static ApiResponse xml(Xml xml) {
        return ApiResponse.bytes(200, xml.bytes(), "application/xml");
    }

    static String nullToEmpty(@Nullable String text) {
        return (text != null) ? text : "";
    }

    /**
     * A listing prefix or marker split into a ref and a path (lakeFS's {@code path.ResolvePath}).
     *
     * @param ref the first segment
     * @param path the rest, or null when there was no slash after the ref
     */
    record Location(String ref, @Nullable String path) {

        static Location parse(String encoded) {
            if (encoded.isEmpty()) {
                return new Location("", null);
            }
            Matcher withPath = REF_AND_PATH.matcher(encoded);
            if (withPath.matches()) {
                return new Location(withPath.group(1), withPath.group(2));
            }
            Matcher refOnly = REF_ONLY.matcher(encoded);
            if (refOnly.matches()) {
                return new Location(refOnly.group(1), null);
            }
            throw S3Error.BAD_REQUEST.exception();
        }
    }

    /**
     * One page of a listing.
     *
     * @param ref the ref the keys start with (empty for branches)
     * @param items branches, objects and common prefixes
     * @param hasMore whether the listing was truncated
     * @param lastKey the key to continue after
     * @param branches whether the items are branches
     */
    private record Listing(String ref, List<ObjectListing.Item> items, boolean hasMore, String lastKey,
            boolean branches) {

        int keyCount() {
            return this.items.size();
        }

        void writePrefixes(Xml xml) {
            for (ObjectListing.Item item : this.items) {
                if (item.entry() == null) {
                    String prefix = this.branches ? item.key() + "/" : this.ref + "/" + item.key();
                    xml.open("CommonPrefixes").element("Prefix", prefix).close("CommonPrefixes");
                }
            }
        }

        void writeContents(Xml xml) {
            for (ObjectListing.Item item : this.items) {
                Entry entry = item.entry();
                if (entry != null) {
                    xml.open("Contents")
                        .element("Key", this.ref + "/" + item.key())
                        .element("LastModified", Xml.timestamp(entry.mtime()))
                        .element("ETag", ObjectOperations.etag(entry.checksum()))
                        .element("Size", entry.sizeBytes())
                        .element("StorageClass", "STANDARD")
                        .close("Contents");
                }
            }
        }
    }
}
