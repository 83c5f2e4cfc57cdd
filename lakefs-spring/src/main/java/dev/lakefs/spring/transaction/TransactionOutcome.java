package dev.lakefs.spring.transaction;

import java.util.Locale;

/** How a transaction ended: the {@code outcome} tag of the {@code lakefs.transaction} observation. */
public enum TransactionOutcome {

    /** Committed and merged into the source branch. */
    COMMITTED,

    /** Rolled back because the work failed or asked for it. */
    ROLLED_BACK,

    /** The merge conflicted with concurrent changes of the source branch. */
    CONFLICT,

    /** lakeFS failed to begin, commit, merge or tag. */
    FAILED,

    /** Succeeded without changes: nothing was committed or merged. */
    EMPTY;

    /** The tag value: the lower-case name. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
