package dev.lakefs.embedded.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.lakefs.embedded.api.model.FindMergeBaseResult;
import dev.lakefs.embedded.api.model.Merge;
import dev.lakefs.embedded.api.model.MergeResult;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Json;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Branch;
import dev.lakefs.embedded.versioning.BranchOperations;
import dev.lakefs.embedded.versioning.Change;
import dev.lakefs.embedded.versioning.Commit;
import dev.lakefs.embedded.versioning.Diffs;
import dev.lakefs.embedded.versioning.Merges;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;
import dev.lakefs.embedded.versioning.Tree;

/** Diffs (uncommitted, and between refs), merges and merge bases. */
public final class RefApi {

    private final ServerContext context;

    public RefApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("diffBranch", this::diffBranch)
            .handle("diffRefs", this::diffRefs)
            .handle("mergeIntoBranch", this::merge)
            .handle("findMergeBase", this::findMergeBase);
    }

    private ApiResponse diffBranch(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        List<Change> changes = repository.read(() -> {
            Branch branch = Refs.branch(repository, name);
            return Diffs.uncommitted(branch, repository.commit(branch.head()).tree());
        });
        return diffPage(request, changes, true);
    }

    /** Committed data only; three-dot (from the merge base) unless {@code type=two_dot}. */
    private ApiResponse diffRefs(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String leftRef = request.pathParam("leftRef");
        String rightRef = request.pathParam("rightRef");
        String type = request.query("type", "three_dot");
        if (!type.equals("three_dot") && !type.equals("two_dot")) {
            throw ApiException.badRequest("parameter \"type\" in query has an error: value is not one of the "
                    + "allowed values [\"two_dot\",\"three_dot\"]");
        }
        List<Change> changes = repository.read(() -> {
            Commit left = Refs.resolveCommit(repository, leftRef);
            Commit right = Refs.resolveCommit(repository, rightRef);
            if (type.equals("two_dot")) {
                return Diffs.between(left.tree(), right.tree());
            }
            Commit base = Merges.base(repository, left, right);
            return Diffs.compare((base != null) ? base.tree() : Tree.EMPTY, left.tree(), right.tree());
        });
        return diffPage(request, changes, request.flag("include_right_stats", false));
    }

    private ApiResponse diffPage(ApiRequest request, List<Change> changes, boolean includeRight) {
        String prefix = request.query("prefix", "");
        String delimiter = request.query("delimiter", "");
        List<Change> listed = Diffs.under(changes, prefix, delimiter);
        return ApiResponse.json(200, Pages.byKey(listed, Change::path, request.query("after"), request.amount(),
                (change) -> Models.diff(change, includeRight)));
    }

    /** 200 with the merge commit id; a conflict is a 409 whose body is {@code {"reference":""}}. */
    private ApiResponse merge(ApiRequest request) throws IOException {
        Repository repository = this.context.repository(request);
        String source = request.pathParam("sourceRef");
        String destination = request.pathParam("destinationBranch");
        Merge merge = optionalBody(request);
        BranchOperations.MergeRequest mergeRequest = new BranchOperations.MergeRequest(merge.message(),
                (merge.metadata() != null) ? merge.metadata() : Map.of(), merge.strategy(),
                Bodies.isTrue(merge.force()), Bodies.isTrue(merge.allowEmpty()), Bodies.isTrue(merge.squashMerge()));
        Commit commit = repository.write(() -> this.context.operations()
            .merge(repository, source, destination, this.context.committer(), mergeRequest));
        return ApiResponse.json(200, new MergeResult(commit.id()));
    }

    /**
     * lakeFS swaps the two ids: {@code source_commit_id} carries the destination's commit and
     * {@code destination_commit_id} the source's. Reproduced as is.
     */
    private ApiResponse findMergeBase(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String sourceRef = request.pathParam("sourceRef");
        String destinationRef = request.pathParam("destinationBranch");
        FindMergeBaseResult result = repository.read(() -> {
            Commit source = Refs.resolveCommit(repository, sourceRef);
            Commit destination = Refs.resolveCommit(repository, destinationRef);
            Commit base = Merges.base(repository, source, destination);
            if (base == null) {
                throw ApiException.notFound("no merge base found: not found");
            }
            return new FindMergeBaseResult(destination.id(), source.id(), base.id());
        });
        return ApiResponse.json(200, result);
    }

    private static Merge optionalBody(ApiRequest request) throws IOException {
        byte[] body = request.jsonBody().readAllBytes();
        if (body.length == 0) {
            return new Merge(null, null, null, null, null, null);
        }
        return Json.read(new ByteArrayInputStream(body), Merge.class);
    }
}
