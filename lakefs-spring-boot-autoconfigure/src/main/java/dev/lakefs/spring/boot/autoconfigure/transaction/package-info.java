/**
 * Auto-configuration of lakeFS branch transactions: the transaction manager and {@code @LakeFSTransactional}.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.transaction;

import org.jspecify.annotations.NullMarked;
