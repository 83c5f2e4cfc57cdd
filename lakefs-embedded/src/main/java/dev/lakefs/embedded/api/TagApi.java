package dev.lakefs.embedded.api;

import java.util.List;
import java.util.Map;

import dev.lakefs.embedded.api.model.Ref;
import dev.lakefs.embedded.api.model.TagCreation;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Commit;
import dev.lakefs.embedded.versioning.Repository;

/** Tags: list, create, get, delete. */
public final class TagApi {

    private final ServerContext context;

    public TagApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("listTags", this::list)
            .handle("createTag", this::create)
            .handle("getTag", this::get)
            .handle("deleteTag", this::delete);
    }

    private ApiResponse list(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String prefix = request.query("prefix", "");
        List<Map.Entry<String, String>> tags = repository.read(() -> repository.tags().entrySet().stream()
            .filter(tag -> tag.getKey().startsWith(prefix))
            .map(tag -> Map.entry(tag.getKey(), tag.getValue()))
            .toList());
        return ApiResponse.json(200, Pages.byKey(tags, Map.Entry::getKey, request.query("after"), request.amount(),
                (tag) -> new Ref(tag.getKey(), tag.getValue())));
    }

    private ApiResponse create(ApiRequest request) {
        Repository repository = this.context.repository(request);
        TagCreation creation = request.json(TagCreation.class);
        String id = Bodies.require(creation.id(), "id");
        String ref = Bodies.require(creation.ref(), "ref");
        Commit commit = repository.write(() -> this.context.operations()
            .createTag(repository, id, ref, Bodies.isTrue(creation.force())));
        return ApiResponse.json(201, new Ref(id, commit.id()));
    }

    private ApiResponse get(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String id = request.pathParam("tag");
        String commitId = repository.read(() -> repository.tags().get(id));
        if (commitId == null) {
            throw ApiException.notFound("tag not found");
        }
        return ApiResponse.json(200, new Ref(id, commitId));
    }

    private ApiResponse delete(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String id = request.pathParam("tag");
        boolean force = request.flag("force", false);
        repository.update(() -> {
            this.context.operations().deleteTag(repository, id, force);
        });
        return ApiResponse.empty(204);
    }
}
