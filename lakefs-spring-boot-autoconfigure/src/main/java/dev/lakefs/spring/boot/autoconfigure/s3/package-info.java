/**
 * Auto-configuration of an AWS SDK S3 client and presigner for lakeFS's S3 gateway, beside (never instead of) the
 * application's own S3 client.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.s3;

import org.jspecify.annotations.NullMarked;
