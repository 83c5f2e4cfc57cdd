package dev.lakefs.spring.nio;

import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import org.jspecify.annotations.Nullable;

/**
 * The file systems of the {@code lakefs} scheme in this JVM: those made by {@code FileSystems.newFileSystem(URI, Map)},
 * one per lakeFS endpoint, and the default one: over the {@link LakeFS} installed last and not yet uninstalled; when
 * there is none, the file system last made for an endpoint and still open; else over lakectl's configuration.
 */
final class FileSystemRegistry {

    private static final Object lock = new Object();

    /** Installed clients, the latest first: it serves the default file system until it is uninstalled. */
    private static final Deque<LakeFS> installed = new ArrayDeque<>();

    private static @Nullable LakeFSFileSystem defaultFileSystem;

    private static final Map<String, LakeFSFileSystem> byEndpoint = new LinkedHashMap<>();

    private static Supplier<@Nullable LakeFS> discovery = LakectlDiscovery::discover;

    private FileSystemRegistry() {
    }

    static void install(LakeFS lakeFS) {
        synchronized (lock) {
            installed.removeIf((candidate) -> candidate == lakeFS);
            installed.addFirst(lakeFS);
            defaultFileSystem = null;
        }
    }

    static boolean uninstall(LakeFS lakeFS) {
        LakeFSFileSystem closing = null;
        synchronized (lock) {
            if (!installed.removeIf((candidate) -> candidate == lakeFS)) {
                return false;
            }
            if (defaultFileSystem != null && defaultFileSystem.lakeFS() == lakeFS) {
                closing = defaultFileSystem;
                defaultFileSystem = null;
            }
        }
        if (closing != null) {
            closing.markClosed();
        }
        return true;
    }

    /** Replaces how a client is found when none is installed (tests point it at their own variables). */
    static void setDiscovery(Supplier<@Nullable LakeFS> newDiscovery) {
        synchronized (lock) {
            discovery = newDiscovery;
            if (installed.isEmpty()) {
                defaultFileSystem = null;
            }
        }
    }

    static LakeFSFileSystem defaultFileSystem(LakeFSFileSystemProvider provider) {
        synchronized (lock) {
            LakeFSFileSystem current = defaultFileSystem;
            if (current != null && current.isOpen()) {
                return current;
            }
            if (installed.isEmpty()) {
                LakeFSFileSystem opened = lastOpenedForAnEndpoint();
                if (opened != null) {
                    return opened;
                }
            }
            LakeFS lakeFS = installed.isEmpty() ? discovery.get() : installed.peekFirst();
            if (lakeFS == null) {
                throw new FileSystemNotFoundException("No lakeFS client for lakefs:// paths: in Spring Boot the LakeFS "
                        + "bean is installed for them; elsewhere call LakeFSFileSystems.install(lakeFS), set "
                        + "LAKECTL_SERVER_ENDPOINT_URL (and LAKECTL_CREDENTIALS_*), or write ~/.lakectl.yaml");
            }
            LakeFSFileSystem created = new LakeFSFileSystem(provider, lakeFS, LakeFSFileSystems.DEFAULT_LIST_PAGE_SIZE,
                    FileSystemRegistry::forgetDefault);
            defaultFileSystem = created;
            return created;
        }
    }

    private static @Nullable LakeFSFileSystem lastOpenedForAnEndpoint() {
        LakeFSFileSystem last = null;
        for (LakeFSFileSystem candidate : byEndpoint.values()) {
            if (candidate.isOpen()) {
                last = candidate;
            }
        }
        return last;
    }

    private static void forgetDefault(LakeFSFileSystem closed) {
        synchronized (lock) {
            if (defaultFileSystem == closed) {
                defaultFileSystem = null;
            }
        }
    }

    /** A file system from {@code FileSystems.newFileSystem(URI, env)}. */
    static LakeFSFileSystem newFileSystem(LakeFSFileSystemProvider provider, Map<String, ?> env) {
        int pageSize = LakeFSFileSystems.listPageSize(env);
        Object given = env.get(LakeFSFileSystems.LAKEFS);
        if (given != null) {
            if (!(given instanceof LakeFS lakeFS)) {
                throw new IllegalArgumentException("'" + LakeFSFileSystems.LAKEFS + "' must be a "
                        + LakeFS.class.getName() + ", not " + given.getClass().getName());
            }
            return new LakeFSFileSystem(provider, lakeFS, pageSize, (closed) -> {
            });
        }
        String endpoint = string(env, LakeFSFileSystems.ENDPOINT);
        if (endpoint == null) {
            throw new IllegalArgumentException("A lakeFS file system needs '" + LakeFSFileSystems.LAKEFS
                    + "' (a LakeFS) or '" + LakeFSFileSystems.ENDPOINT + "', '" + LakeFSFileSystems.ACCESS_KEY_ID
                    + "' and '"
                    + LakeFSFileSystems.SECRET_ACCESS_KEY + "' in its environment");
        }
        LakeFSClient.Builder builder = LakeFSClient.builder().endpoint(endpoint);
        String accessKeyId = string(env, LakeFSFileSystems.ACCESS_KEY_ID);
        String secretAccessKey = string(env, LakeFSFileSystems.SECRET_ACCESS_KEY);
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException("'" + LakeFSFileSystems.ACCESS_KEY_ID + "' and '"
                    + LakeFSFileSystems.SECRET_ACCESS_KEY + "' only work together");
        }
        if (accessKeyId != null && secretAccessKey != null) {
            builder.credentials(accessKeyId, secretAccessKey);
        }
        LakeFSClient client = builder.build();
        String key = client.endpoint().toString();
        synchronized (lock) {
            LakeFSFileSystem existing = byEndpoint.get(key);
            if (existing != null && existing.isOpen()) {
                throw new FileSystemAlreadyExistsException("A lakeFS file system for " + key + " is open");
            }
            LakeFSFileSystem created = new LakeFSFileSystem(provider, LakeFS.of(client), pageSize,
                    (closed) -> forgetEndpoint(key, closed));
            byEndpoint.put(key, created);
            return created;
        }
    }

    private static void forgetEndpoint(String key, LakeFSFileSystem closed) {
        synchronized (lock) {
            byEndpoint.remove(key, closed);
        }
    }

    private static @Nullable String string(Map<String, ?> env, String key) {
        Object value = env.get(key);
        return (value != null && !value.toString().isBlank()) ? value.toString().trim() : null;
    }
}
