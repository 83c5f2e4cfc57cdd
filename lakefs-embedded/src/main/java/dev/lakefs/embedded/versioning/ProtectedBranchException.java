package dev.lakefs.embedded.versioning;

import dev.lakefs.embedded.http.ApiException;

/**
 * A write or commit refused by a branch protection rule: 403 with lakeFS's message, and a type of its own so that
 * the S3 gateway can answer {@code ErrWriteToProtectedBranch}.
 */
public final class ProtectedBranchException extends ApiException {

    ProtectedBranchException(String message) {
        super(403, message);
    }
}
