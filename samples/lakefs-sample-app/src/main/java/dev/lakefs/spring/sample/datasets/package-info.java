/**
 * The dataset endpoint: {@code POST /datasets/{name}} validates a CSV dataset and ingests it into {@code main} in one
 * lakeFS branch transaction ({@link dev.lakefs.spring.transaction.LakeFSTransactional @LakeFSTransactional}).
 */
@NullMarked
package dev.lakefs.spring.sample.datasets;

import org.jspecify.annotations.NullMarked;
