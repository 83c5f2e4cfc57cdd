/**
 * The S3 gateway route beside the REST API: large transfers through the lakeFS S3 client (the AWS SDK for Java v2,
 * set up as the Boot auto-configuration sets it up) and through {@code LakeFS}, in the same run.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.gateway;

import org.jspecify.annotations.NullMarked;
