package dev.lakefs.spring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.LakeFSException;
import dev.lakefs.spring.client.model.Config;
import dev.lakefs.spring.client.model.StorageConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Which object store a repository's data lives in, as the server reports it: whether it supports presigned URLs and
 * its type, which decides what a presigned upload must send. A server with one store reports it in
 * {@code storage_config}; one with several lists them in {@code storage_config_list}, each under its
 * {@code blockstore_id}, and a repository names its own by {@code storage_id} (the Python SDK's
 * {@code storage_config_by_id}). The configuration is read once, and each repository's store id once.
 */
final class RepositoryStorage {

    private static final Log logger = LogFactory.getLog(RepositoryStorage.class);

    /** The server's configuration, or an empty list of stores once it could not be read. */
    private final AtomicReference<@Nullable Config> config = new AtomicReference<>();

    private final Map<String, String> storageIds = new ConcurrentHashMap<>();

    private final LakeFSClient client;

    RepositoryStorage(LakeFSClient client) {
        this.client = client;
    }

    /** The store a repository's data lives in, or null when the server does not say. */
    @Nullable StorageConfig of(String repository) {
        Config server = config();
        List<StorageConfig> stores = server.storageConfigList();
        if (stores.size() <= 1) {
            return (server.storageConfig() != null) ? server.storageConfig()
                    : stores.stream().findFirst().orElse(null);
        }
        String storageId = this.storageIds.get(repository);
        if (storageId == null) {
            // asked outside the map's lock: a request must not block other repositories' look-ups
            String own = Blocking.get(this.client.getRepository(repository)).storageId();
            storageId = (own != null) ? own : "";
            this.storageIds.putIfAbsent(repository, storageId);
        }
        String id = storageId;
        return stores.stream()
            .filter((store) -> Objects.equals(store.blockstoreId(), id) || (id.isEmpty()
                    && store.blockstoreId() == null))
            .findFirst()
            .orElse(server.storageConfig());
    }

    private Config config() {
        Config known = this.config.get();
        if (known == null) {
            known = readConfig();
            this.config.compareAndSet(null, known);
        }
        return known;
    }

    private Config readConfig() {
        try {
            return Blocking.get(this.client.getConfig());
        }
        catch (LakeFSException ex) {
            logger.debug("Cannot read the server configuration; object data goes through lakeFS", ex);
            return new Config(null, null, List.of());
        }
    }
}
