package dev.lakefs.spring.boot.autoconfigure.nio;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.nio.LakeFSFileSystems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of {@code lakefs://}
 * paths: installs the {@link LakeFS} bean as the client of the default lakeFS file system, so that
 * {@code Path.of(URI.create("lakefs://repository/ref/path"))} reaches the application's lakeFS, and uninstalls it
 * when the context closes.
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass(LakeFSFileSystems.class)
@ConditionalOnBean(LakeFS.class)
public final class LakeFSFileSystemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LakeFSFileSystemInstaller lakeFSFileSystemInstaller(LakeFS lakeFS) {
        return new LakeFSFileSystemInstaller(lakeFS);
    }

}
