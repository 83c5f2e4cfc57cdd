package dev.lakefs.spring.s3;

import java.util.ArrayList;
import java.util.List;

import dev.lakefs.spring.transaction.TransactionContextHolder;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Rewrites the keys of one S3 request: a key {@code <branch>/<path>} of a repository whose branch has a transaction
 * open in the calling thread becomes {@code <transaction branch>/<path>}. Remembers what it rewrote, so that keys in
 * the response can be given back under the branch the caller named.
 */
final class TransactionRoutes {

    private final List<Route> routes = new ArrayList<>();

    /**
     * The key to send instead of {@code key} in {@code bucket}; {@code key} itself when no transaction routes it or
     * when it names no branch (a prefix without {@code /} lists branches: it stays as it is).
     */
    @Nullable String route(@Nullable String bucket, @Nullable String key) {
        if (bucket == null || key == null) {
            return key;
        }
        int slash = key.indexOf('/');
        if (slash <= 0) {
            return key;
        }
        String branch = key.substring(0, slash);
        String routed = TransactionContextHolder.routedBranchId(bucket, branch);
        if (routed.equals(branch)) {
            return key;
        }
        Route route = new Route(branch, routed);
        if (!this.routes.contains(route)) {
            this.routes.add(route);
        }
        return routed + key.substring(slash);
    }

    /**
     * The {@code x-amz-copy-source} to send instead of {@code copySource}: {@code [/]<bucket>/<key>[?versionId=..]},
     * URL-encoded. The client builds it from the source bucket and key before interceptors run, so the routing
     * happens on this form. The branch segment of a key is the same encoded or not (branch names are word characters
     * and dashes), so the rest of the key is left encoded as it is.
     */
    @Nullable String routeCopySource(@Nullable String copySource) {
        if (copySource == null) {
            return null;
        }
        String leading = copySource.startsWith("/") ? "/" : "";
        String source = copySource.substring(leading.length());
        int slash = source.indexOf('/');
        if (slash <= 0) {
            return copySource;
        }
        String bucket = SdkHttpUtils.urlDecode(source.substring(0, slash));
        return leading + source.substring(0, slash + 1) + route(bucket, source.substring(slash + 1));
    }

    /** Whether some key was rewritten. */
    boolean any() {
        return !this.routes.isEmpty();
    }

    /** The routes taken, for {@link #unroute}. */
    List<Route> taken() {
        return List.copyOf(this.routes);
    }

    /**
     * {@code key} of a response, with a transaction branch that a route led to given back as the source branch.
     * Transaction branch names are unique, so the branch alone identifies the route.
     */
    static @Nullable String unroute(List<Route> routes, @Nullable String key) {
        if (key == null) {
            return null;
        }
        for (Route route : routes) {
            String prefix = route.transactionBranch() + "/";
            if (key.startsWith(prefix)) {
                return route.sourceBranch() + "/" + key.substring(prefix.length());
            }
        }
        return key;
    }

    /**
     * One rewrite.
     *
     * @param sourceBranch the branch the caller named
     * @param transactionBranch the transaction's branch the request went to
     */
    record Route(String sourceBranch, String transactionBranch) {
    }

}
