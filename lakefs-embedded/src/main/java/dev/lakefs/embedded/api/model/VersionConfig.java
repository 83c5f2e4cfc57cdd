package dev.lakefs.embedded.api.model;


/** lakeFS's {@code VersionConfig}. */
public record VersionConfig(String version, String versionContext, String latestVersion, boolean upgradeRecommended, String upgradeUrl) {
}
