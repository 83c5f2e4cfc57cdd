package dev.lakefs.embedded.api;

import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.storage.LocalPrefixes;

/**
 * Refuses {@code local://} addresses the operator has not allowed, before an import or a link uses them: lakeFS's
 * local block adapter answers "bad path traversal blocked" for a path that is not absolute and clean, and
 * {@code forbidden} (403) for one outside its allowed external prefixes.
 */
final class LocalSources {

    private LocalSources() {
    }

    /** Does nothing for other schemes; 400 for an unclean path, 403 for one outside the allowed prefixes. */
    static void check(LocalPrefixes allowed, String address) {
        if (!address.startsWith("local://")) {
            return;
        }
        if (!allowed.isClean(address)) {
            throw ApiException.badRequest("bad path traversal blocked: " + address
                    + " must name an absolute path without '.', '..' or '//'");
        }
        if (!allowed.allows(address)) {
            throw ApiException.forbidden("forbidden: " + address + " is outside the allowed local prefixes: "
                    + allowed.howToAllow());
        }
    }
}
