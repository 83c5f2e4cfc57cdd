/**
 * AWS request signatures as lakeFS's S3 gateway checks them ({@code pkg/gateway/sig}): SigV4 in the header or a
 * presigned query, SigV2, and the payload modes of {@code x-amz-content-sha256}.
 */
@NullMarked
package dev.lakefs.embedded.gateway.signature;

import org.jspecify.annotations.NullMarked;
