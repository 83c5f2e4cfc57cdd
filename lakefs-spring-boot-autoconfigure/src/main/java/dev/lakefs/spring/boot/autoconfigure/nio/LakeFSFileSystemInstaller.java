package dev.lakefs.spring.boot.autoconfigure.nio;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.nio.LakeFSFileSystems;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Makes a {@link LakeFS} the client of the default lakeFS file system while the application context lives
 * ({@link LakeFSFileSystems#install(LakeFS)}, then {@link LakeFSFileSystems#uninstall(LakeFS)}). With several
 * contexts, the one started last serves {@code Path.of(URI)}, and the one before it again once it closes.
 */
public final class LakeFSFileSystemInstaller implements InitializingBean, DisposableBean {

    private final LakeFS lakeFS;

    /**
     * Creates an installer.
     * @param lakeFS the client to install
     */
    public LakeFSFileSystemInstaller(LakeFS lakeFS) {
        this.lakeFS = lakeFS;
    }

    /** Installs the client. */
    @Override
    public void afterPropertiesSet() {
        LakeFSFileSystems.install(this.lakeFS);
    }

    /** Uninstalls the client, if it is still the installed one, and closes its file system. */
    @Override
    public void destroy() {
        LakeFSFileSystems.uninstall(this.lakeFS);
    }
}
