package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The server's version.
 *
 * @param version the version, e.g. {@code 1.84.0}
 * @param versionContext the distribution it belongs to, when sent
 * @param latestVersion the newest version known to the server, when sent
 * @param upgradeRecommended whether an upgrade is recommended
 * @param upgradeUrl where to read about the upgrade, when sent
 */
public record VersionConfig(@Nullable String version, @Nullable String versionContext, @Nullable String latestVersion,
        boolean upgradeRecommended, @Nullable String upgradeUrl) {
}
