/**
 * The AWS SDK for Java v2 set up for lakeFS's S3 gateway: {@link dev.lakefs.spring.s3.LakeFSS3} builds S3 clients
 * with the settings lakeFS needs, whose requests follow branch transactions
 * ({@link dev.lakefs.spring.s3.LakeFSS3TransactionInterceptor}) and can be observed
 * ({@link dev.lakefs.spring.s3.LakeFSS3ObservationInterceptor}). Needs {@code software.amazon.awssdk:s3}.
 */
@NullMarked
package dev.lakefs.spring.s3;

import org.jspecify.annotations.NullMarked;
