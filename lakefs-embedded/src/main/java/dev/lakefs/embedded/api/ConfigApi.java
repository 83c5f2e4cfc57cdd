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
 * on: both are served by this server itself.
 */
public final class ConfigApi {

    /** The lakeFS version whose API this server emulates. */
    public static final String EMULATED_VERSION = "1.84.0";

    private static final String NAMESPACE_REGEX = "^(s3|gs|https?|mem|local|transient)://.*$";

    private static final VersionConfig VERSION = new VersionConfig(EMULATED_VERSION, "lakefs-embedded",
            EMULATED_VERSION, false, "");

    private static final StorageConfig STORAGE = new StorageConfig("mem", "mem://example-bucket/", NAMESPACE_REGEX,
            true, true, true, "^(mem|local)://", false, "", "embedded in-memory store");

    public void register(Router router) {
        router.handle("healthCheck", (request) -> ApiResponse.empty(204))
            .handle("getConfig", (request) -> ApiResponse.json(200,
                    new Config(VERSION, STORAGE, List.of(STORAGE), Map.of(), Map.of())))
            .handle("getLakeFSVersion", (request) -> ApiResponse.json(200, VERSION))
            .handle("getStorageConfig", (request) -> ApiResponse.json(200, STORAGE))
            .handle("getSetupState", (request) -> ApiResponse.json(200, new SetupState("initialized", false)));
    }
}
