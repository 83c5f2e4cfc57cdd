package dev.lakefs.spring.transaction;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

import dev.lakefs.spring.LakeFS;

/**
 * Which {@link LakeFSTransactionManager} serves the programmatic transactions of a {@link LakeFS}, so that
 * {@code Branch.transact(…)} shares the registry and observation settings of the application's manager. Both keys and
 * values are weak (a manager refers to its {@code LakeFS}), so this never keeps either alive.
 */
final class TransactionManagers {

    private static final Map<LakeFS, WeakReference<LakeFSTransactionManager>> managers = new WeakHashMap<>();

    private TransactionManagers() {
    }

    static synchronized void register(LakeFS lakeFS, LakeFSTransactionManager manager) {
        managers.put(lakeFS, new WeakReference<>(manager));
    }

    static synchronized LakeFSTransactionManager forLakeFS(LakeFS lakeFS) {
        WeakReference<LakeFSTransactionManager> reference = managers.get(lakeFS);
        LakeFSTransactionManager manager = (reference != null) ? reference.get() : null;
        // The constructor registers the new manager.
        return (manager != null) ? manager : new LakeFSTransactionManager(lakeFS);
    }
}
