package dev.lakefs.embedded.api;

import java.util.List;

import dev.lakefs.embedded.api.model.BranchCreation;
import dev.lakefs.embedded.api.model.CherryPickCreation;
import dev.lakefs.embedded.api.model.CommitOverrides;
import dev.lakefs.embedded.api.model.Ref;
import dev.lakefs.embedded.api.model.ResetCreation;
import dev.lakefs.embedded.api.model.RevertCreation;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Branch;
import dev.lakefs.embedded.versioning.Commit;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/** Branches: list, create, get, delete, reset, hard reset, revert and cherry-pick. */
public final class BranchApi {

    private final ServerContext context;

    public BranchApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("listBranches", this::list)
            .handle("createBranch", this::create)
            .handle("getBranch", this::get)
            .handle("deleteBranch", this::delete)
            .handle("resetBranch", this::reset)
            .handle("hardResetBranch", this::hardReset)
            .handle("revertBranch", this::revert)
            .handle("cherryPick", this::cherryPick);
    }

    private ApiResponse list(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String prefix = request.query("prefix", "");
        boolean showHidden = request.flag("show_hidden", false);
        List<Branch> branches = repository.read(() -> repository.branches().values().stream()
            .filter(branch -> branch.name().startsWith(prefix) && (showHidden || !branch.hidden()))
            .toList());
        return ApiResponse.json(200, Pages.byKey(branches, Branch::name, request.query("after"), request.amount(),
                (branch) -> new Ref(branch.name(), branch.head())));
    }

    /** Answers 201 with the raw commit id as a plain-text body, as lakeFS does. */
    private ApiResponse create(ApiRequest request) {
        Repository repository = this.context.repository(request);
        BranchCreation creation = request.json(BranchCreation.class);
        String name = Bodies.require(creation.name(), "name");
        String source = Bodies.require(creation.source(), "source");
        Commit commit = repository.write(() -> this.context.operations()
            .createBranch(repository, name, source, Bodies.isTrue(creation.hidden())));
        return ApiResponse.text(201, commit.id());
    }

    private ApiResponse get(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        Ref ref = repository.read(() -> {
            Branch branch = Refs.branch(repository, name);
            return new Ref(branch.name(), branch.head());
        });
        return ApiResponse.json(200, ref);
    }

    private ApiResponse delete(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        boolean force = request.flag("force", false);
        repository.update(() -> {
            this.context.operations().deleteBranch(repository, name, force);
        });
        return ApiResponse.empty(204);
    }

    private ApiResponse reset(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        ResetCreation reset = request.json(ResetCreation.class);
        String type = Bodies.require(reset.type(), "type");
        repository.update(() -> {
            this.context.operations().reset(repository, name, type, reset.path(), Bodies.isTrue(reset.force()));
        });
        return ApiResponse.empty(204);
    }

    private ApiResponse hardReset(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        String ref = request.requiredQuery("ref");
        boolean force = request.flag("force", false);
        repository.update(() -> {
            this.context.operations().hardReset(repository, name, ref, force);
        });
        return ApiResponse.empty(204);
    }

    /** Answers 204 with no body, as lakeFS does. */
    private ApiResponse revert(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        RevertCreation revert = request.json(RevertCreation.class);
        String ref = Bodies.require(revert.ref(), "ref");
        int parentNumber = Bodies.require(revert.parentNumber(), "parent_number");
        CommitOverrides overrides = overrides(revert.commitOverrides());
        repository.write(() -> this.context.operations().revert(repository, name, ref, parentNumber,
                this.context.committer(), overrides.message(), overrides.metadata(),
                Bodies.isTrue(revert.allowEmpty()), Bodies.isTrue(revert.force())));
        return ApiResponse.empty(204);
    }

    private ApiResponse cherryPick(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String name = request.pathParam("branch");
        CherryPickCreation pick = request.json(CherryPickCreation.class);
        String ref = Bodies.require(pick.ref(), "ref");
        CommitOverrides overrides = overrides(pick.commitOverrides());
        Commit commit = repository.write(() -> this.context.operations().cherryPick(repository, name, ref,
                pick.parentNumber(), this.context.committer(), overrides.message(), overrides.metadata(),
                Bodies.isTrue(pick.force())));
        return ApiResponse.json(201, Models.commit(commit));
    }

    private static CommitOverrides overrides(@Nullable CommitOverrides overrides) {
        return (overrides != null) ? overrides : new CommitOverrides(null, null);
    }
}
