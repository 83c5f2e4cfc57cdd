package dev.lakefs.embedded.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lakefs.embedded.api.model.RepositoryCreation;
import dev.lakefs.embedded.api.model.RepositoryMetadataKeys;
import dev.lakefs.embedded.api.model.RepositoryMetadataSet;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.Repository;

/** Repositories: list, create, get, delete, and their metadata. */
public final class RepositoryApi {

    private final ServerContext context;

    private final SampleData sampleData;

    public RepositoryApi(ServerContext context) {
        this.context = context;
        this.sampleData = new SampleData(context);
    }

    public void register(Router router) {
        router.handle("listRepositories", this::list)
            .handle("createRepository", this::create)
            .handle("getRepository", this::get)
            .handle("deleteRepository", this::delete)
            .handle("getRepositoryMetadata", this::getMetadata)
            .handle("setRepositoryMetadata", this::setMetadata)
            .handle("deleteRepositoryMetadata", this::deleteMetadata);
    }

    private ApiResponse list(ApiRequest request) {
        String prefix = request.query("prefix", "");
        String search = request.query("search", "");
        List<Repository> matching = this.context.repositories().list().stream()
            .filter(repository -> repository.id().startsWith(prefix) && repository.id().contains(search))
            .toList();
        return ApiResponse.json(200,
                Pages.byKey(matching, Repository::id, request.query("after"), request.amount(), Models::repository));
    }

    private ApiResponse create(ApiRequest request) {
        boolean bare = request.flag("bare", false);
        RepositoryCreation creation = request.json(RepositoryCreation.class);
        String name = Bodies.require(creation.name(), "name");
        String namespace = Bodies.require(creation.storageNamespace(), "storage_namespace");
        if (!Names.REPOSITORY.matcher(name).matches()) {
            throw ApiException.badRequest("request body has an error: doesn't match schema: Error at \"/name\": "
                    + "string doesn't match the regular expression \"" + Names.REPOSITORY.pattern() + "\"");
        }
        if (!Names.STORAGE_NAMESPACE.matcher(namespace).matches()) {
            throw ApiException.badRequest("request body has an error: doesn't match schema: Error at "
                    + "\"/storage_namespace\": string doesn't match the regular expression \""
                    + Names.STORAGE_NAMESPACE.pattern() + "\"");
        }
        Repository repository = this.context.repositories().create(name, namespace, creation.defaultBranch(),
                Bodies.isTrue(creation.readOnly()), creation.storageId(), bare);
        if (Bodies.isTrue(creation.sampleData()) && !bare) {
            this.sampleData.populate(repository);
        }
        return ApiResponse.json(201, Models.repository(repository));
    }

    private ApiResponse get(ApiRequest request) {
        return ApiResponse.json(200, Models.repository(repository(request)));
    }

    private ApiResponse delete(ApiRequest request) {
        String id = request.pathParam("repository");
        Names.checkRepository(id);
        this.context.repositories().delete(id, request.flag("force", false));
        return ApiResponse.empty(204);
    }

    private ApiResponse getMetadata(ApiRequest request) {
        Repository repository = repository(request);
        Map<String, String> metadata = repository.read(() -> new TreeMap<>(repository.metadata()));
        return ApiResponse.json(200, metadata);
    }

    private ApiResponse setMetadata(ApiRequest request) {
        Repository repository = repository(request);
        Map<String, String> metadata = Bodies.require(request.json(RepositoryMetadataSet.class).metadata(),
                "metadata");
        repository.update(() -> {
            repository.putMetadata(metadata);
        });
        return ApiResponse.empty(204);
    }

    private ApiResponse deleteMetadata(ApiRequest request) {
        Repository repository = repository(request);
        List<String> keys = Bodies.require(request.json(RepositoryMetadataKeys.class).keys(), "keys");
        repository.update(() -> {
            repository.removeMetadata(keys);
        });
        return ApiResponse.empty(204);
    }

    private Repository repository(ApiRequest request) {
        return this.context.repository(request);
    }
}
