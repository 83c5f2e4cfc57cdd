/**
 * Branch transactions: run work on a hidden ephemeral branch, then commit and merge it into its source branch,
 * or delete it on failure. Declarative through {@link dev.lakefs.spring.transaction.LakeFSTransactional}, programmatic
 * through {@link dev.lakefs.spring.transaction.LakeFSTransactionTemplate}; both run on one engine,
 * {@link dev.lakefs.spring.transaction.LakeFSTransactionManager}.
 */
@NullMarked
package dev.lakefs.spring.transaction;

import org.jspecify.annotations.NullMarked;
