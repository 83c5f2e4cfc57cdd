package dev.lakefs.embedded.api;

import java.util.List;
import java.util.Map;

import dev.lakefs.embedded.api.model.Config;
import dev.lakefs.embedded.api.model.SetupState;
import dev.lakefs.embedded.api.model.StorageConfig;
import dev.lakefs.embedded.api.model.VersionConfig;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;

/**
 * Health, version and storage configuration. The store reports itself as {@code mem} with presigning and import
 * on, both served by this server itself, unless a test set another {@link ReportedBlockstore}.
 */
public final class ConfigApi {

    /** The lakeFS version whose API this server emulates. */
    public static final String EMULATED_VERSION = "1.84.0";

    private static final String NAMESPACE_REGEX = "^(s3|gs|https?|mem|local|transient)://.*$";

    private static final VersionConfig VERSION = new VersionConfig(EMULATED_VERSION, "lakefs-embedded",
            EMULATED_VERSION, false, "");

    private final StorageConfig storage;

    /** Reports the store of the context's presigner: {@code mem} unless a test set another. */
    public ConfigApi(ServerContext context) {
        ReportedBlockstore blockstore = context.presigner().blockstore();
        boolean preSign = blockstore.preSignSupport();
        this.storage = new StorageConfig(blockstore.type(), blockstore.type() + "://example-bucket/", NAMESPACE_REGEX,
                preSign, preSign, true, "^(mem|local)://", false, "",
                blockstore.selfServed() ? "embedded in-memory store" : "embedded, reporting " + blockstore.type());
    }

    public void register(Router router) {
        router.handle("healthCheck", (request) -> ApiResponse.empty(204))
            .handle("getConfig", (request) -> ApiResponse.json(200,
                    new Config(VERSION, this.storage, List.of(this.storage), Map.of(), Map.of())))
            .handle("getLakeFSVersion", (request) -> ApiResponse.json(200, VERSION))
            .handle("getStorageConfig", (request) -> ApiResponse.json(200, this.storage))
            .handle("getSetupState", (request) -> ApiResponse.json(200, new SetupState("initialized", false)));
    }
}
