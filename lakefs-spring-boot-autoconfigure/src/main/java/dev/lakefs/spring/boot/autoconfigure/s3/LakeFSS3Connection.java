package dev.lakefs.spring.boot.autoconfigure.s3;

import java.net.URI;

import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.boot.autoconfigure.LakeFSEndpoints;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.s3.LakeFSS3;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import org.springframework.util.StringUtils;

/**
 * Where and as whom the lakeFS S3 client connects: {@code lakefs.s3.endpoint}, or else the root of the lakeFS server
 * of the connection details (lakeFS serves its S3 gateway there, on the API's port); the connection details' key
 * pair; {@code lakefs.s3.region}.
 *
 * @param endpoint the S3 gateway's URL
 * @param credentials the lakeFS key pair
 * @param region the region requests are signed with
 */
record LakeFSS3Connection(URI endpoint, AwsCredentialsProvider credentials, Region region) {

    static LakeFSS3Connection of(LakeFSConnectionDetails connectionDetails, LakeFSProperties properties) {
        LakeFSProperties.S3 s3 = properties.getS3();
        URI endpoint = StringUtils.hasText(s3.getEndpoint())
                ? URI.create(LakeFSEndpoints.withScheme("lakefs.s3.endpoint", s3.getEndpoint()))
                : LakeFSS3.gatewayEndpoint(URI.create(connectionDetails.getEndpoint()));
        if (!StringUtils.hasText(s3.getRegion())) {
            throw new InvalidLakeFSConfigurationException("lakefs.s3.region", "lakefs.s3.region is empty.",
                    "Remove lakefs.s3.region to sign with us-east-1, or set it to a region name; lakeFS accepts any.");
        }
        return new LakeFSS3Connection(endpoint, LakeFSS3.credentials(connectionDetails.getAccessKeyId(),
                connectionDetails.getSecretAccessKey()), Region.of(s3.getRegion().trim()));
    }

}
