package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;

/**
 * A merge, revert or cherry-pick found conflicting changes (409) and no strategy to resolve them.
 */
public class LakeFSMergeConflictException extends LakeFSConflictException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String sourceRef;

    private final @Nullable String destinationBranch;

    /**
     * Creates an exception.
     * @param sourceRef the reference being merged, or null when unknown
     * @param destinationBranch the branch merged into, or null when unknown
     * @param serverMessage the server's message, or null
     * @param operationId the operation that failed, or null
     * @param requestId the server's request id, or null
     */
    public LakeFSMergeConflictException(@Nullable String sourceRef, @Nullable String destinationBranch,
            @Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        super(describe(sourceRef, destinationBranch, serverMessage, operationId, requestId), serverMessage,
                operationId, requestId);
        this.sourceRef = sourceRef;
        this.destinationBranch = destinationBranch;
    }

    /**
     * The reference whose changes conflicted.
     * @return the source reference, or null when unknown
     */
    public @Nullable String getSourceRef() {
        return this.sourceRef;
    }

    /**
     * The branch the changes were applied to.
     * @return the destination branch, or null when unknown
     */
    public @Nullable String getDestinationBranch() {
        return this.destinationBranch;
    }

    private static String describe(@Nullable String sourceRef, @Nullable String destinationBranch,
            @Nullable String serverMessage, @Nullable String operationId, @Nullable String requestId) {
        String base = LakeFSException.describe(409, serverMessage, operationId, requestId);
        if (sourceRef == null || destinationBranch == null) {
            return base + ": conflicting changes";
        }
        return base + ": changes of '" + sourceRef + "' conflict with '" + destinationBranch
                + "'; merge with a strategy (dest-wins or source-wins) or resolve the conflicting paths first";
    }

}
