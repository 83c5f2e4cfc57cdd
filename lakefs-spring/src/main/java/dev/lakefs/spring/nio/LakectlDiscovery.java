package dev.lakefs.spring.nio;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.Lakectl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/** The default file system's client when none is installed: lakectl's, as lakefs-spec's {@code LakeFSFileSystem()}. */
final class LakectlDiscovery {

    private static final Log logger = LogFactory.getLog(LakectlDiscovery.class);

    private LakectlDiscovery() {
    }

    static @Nullable LakeFS discover() {
        return discover(Lakectl.fromSystem());
    }

    static @Nullable LakeFS discover(Lakectl lakectl) {
        Lakectl.Settings settings = lakectl.load();
        if (settings == null) {
            return null;
        }
        logger.info("lakefs:// paths use the lakeFS at " + settings.endpoint() + " from " + settings.source());
        return LakeFS.of(settings.toClientBuilder().build());
    }
}
