package dev.lakefs.embedded.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.lakefs.embedded.api.model.CommitCreation;
import dev.lakefs.embedded.api.model.CommitInfo;
import dev.lakefs.embedded.api.model.ListResult;
import dev.lakefs.embedded.api.model.Pagination;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Commit;
import dev.lakefs.embedded.versioning.CommitLog;
import dev.lakefs.embedded.versioning.Refs;
import dev.lakefs.embedded.versioning.Repository;
import org.jspecify.annotations.Nullable;

/** Commits: commit a branch, get a commit by any ref, and the log. */
public final class CommitApi {

    private final ServerContext context;

    public CommitApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("commit", this::commit).handle("getCommit", this::get).handle("logCommits", this::log);
    }

    private ApiResponse commit(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String branch = request.pathParam("branch");
        if (request.query("source_metarange") != null) {
            throw ApiException.notImplemented("source_metarange is not supported by the embedded lakeFS server");
        }
        CommitCreation creation = request.json(CommitCreation.class);
        String message = Bodies.require(creation.message(), "message");
        Map<String, String> metadata = (creation.metadata() != null) ? creation.metadata() : Map.of();
        Commit commit = repository.write(() -> this.context.operations().commit(repository, branch,
                this.context.committer(), message, metadata, creation.date(), Bodies.isTrue(creation.allowEmpty()),
                Bodies.isTrue(creation.force())));
        return ApiResponse.json(201, Models.commit(commit));
    }

    private ApiResponse get(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String ref = request.pathParam("commitId");
        Commit commit = repository.read(() -> Refs.resolveCommit(repository, ref));
        return ApiResponse.json(200, Models.commit(commit));
    }

    private ApiResponse log(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String ref = request.pathParam("ref");
        List<String> objects = request.queryAll("objects");
        List<String> prefixes = request.queryAll("prefixes");
        boolean firstParent = request.flag("first_parent", false);
        boolean limit = request.flag("limit", false);
        @Nullable Long since = since(request.query("since"));
        String stopAtRef = request.query("stop_at");
        int amount = request.amount();
        List<Commit> commits = repository.read(() -> {
            Commit start = Refs.resolveCommit(repository, ref);
            String stopAt = (stopAtRef != null && !stopAtRef.isEmpty())
                    ? Refs.resolveCommit(repository, stopAtRef).id() : null;
            Predicate<Commit> include = (commit) -> (since == null || commit.creationDate() >= since)
                    && ((objects.isEmpty() && prefixes.isEmpty())
                            || CommitLog.touches(repository, commit, objects, prefixes));
            return CommitLog.walk(repository, start, firstParent, include, stopAt, Integer.MAX_VALUE);
        });
        ListResult<CommitInfo> page = Pages.afterItem(commits, Commit::id, request.query("after"), amount,
                Models::commit);
        if (limit && page.pagination().hasMore()) {
            // limit=true asks for this page only: the client must not follow on.
            page = new ListResult<>(new Pagination(false, "", page.results().size(), Pages.MAX_PER_PAGE),
                    page.results());
        }
        return ApiResponse.json(200, page);
    }

    private static @Nullable Long since(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toEpochSecond();
        }
        catch (DateTimeParseException ex) {
            throw ApiException.badRequest("parameter \"since\" in query has an error: invalid date-time: " + value);
        }
    }
}
