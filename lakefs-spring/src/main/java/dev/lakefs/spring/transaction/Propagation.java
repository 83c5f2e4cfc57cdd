package dev.lakefs.spring.transaction;

/**
 * How a transactional scope relates to a transaction already open on the same repository and branch, modelled on
 * spring-tx's propagation behaviours.
 */
public enum Propagation {

    /** Join the transaction open on the same repository and branch; open a new one when there is none. */
    REQUIRED,

    /**
     * Always open a new, independent transaction from the source branch's head; an open one is suspended until this
     * one completes and then resumes.
     */
    REQUIRES_NEW,

    /**
     * Open a child transaction on a branch created from the current transaction's branch and merge it into that branch
     * on success (the lakeFS counterpart of a savepoint); without a current transaction, behave like {@link #REQUIRED}.
     */
    NESTED,

    /** Join the transaction open on the same repository and branch; fail when there is none. */
    MANDATORY,

    /** Run without a transaction; fail when one is open on the same repository and branch. */
    NEVER
}
