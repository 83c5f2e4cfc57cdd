package dev.lakefs.spring.s3;

import java.util.List;
import java.util.function.UnaryOperator;

import dev.lakefs.spring.transaction.TransactionContextHolder;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ListPartsRequest;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Routes a lakeFS S3 client's requests into the branch transactions open in the calling thread (a
 * {@code @LakeFSTransactional} method, {@code branch.transact(..)}): while a transaction is open on branch
 * {@code main} of repository {@code example-repo}, keys {@code main/<path>} of bucket {@code example-repo} go to the
 * transaction's branch instead, so the work writes into the transaction and reads its own writes. Keys, prefixes and
 * markers of object operations, listings, copies (source and destination), batch deletes and multipart uploads are
 * routed; keys in responses (listings, batch deletes, multipart uploads) are given back under {@code main/}. Other
 * repositories, other branches, refs that are not branches and continuation tokens are left alone.
 * <p>
 * Routing follows {@link TransactionContextHolder#routedBranchId(String, String)}, that is the transactions of the
 * thread that calls the client: use it with the synchronous {@code S3Client}, which runs interceptors on the calling
 * thread. {@link LakeFSS3#clientBuilder} registers it.
 */
public final class LakeFSS3TransactionInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<List<TransactionRoutes.Route>> ROUTES = new ExecutionAttribute<>(
            "lakefs.transaction.routes");

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes executionAttributes) {
        TransactionRoutes routes = new TransactionRoutes();
        SdkRequest routed = route(context.request(), routes);
        if (routes.any()) {
            executionAttributes.putAttribute(ROUTES, routes.taken());
        }
        return routed;
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes executionAttributes) {
        List<TransactionRoutes.Route> routes = executionAttributes.getAttribute(ROUTES);
        return (routes != null) ? unroute(context.response(), routes) : context.response();
    }

    private static SdkRequest route(SdkRequest request, TransactionRoutes routes) {
        if (request instanceof GetObjectRequest get) {
            return get.toBuilder().key(routes.route(get.bucket(), get.key())).build();
        }
        if (request instanceof HeadObjectRequest head) {
            return head.toBuilder().key(routes.route(head.bucket(), head.key())).build();
        }
        if (request instanceof PutObjectRequest put) {
            return put.toBuilder().key(routes.route(put.bucket(), put.key())).build();
        }
        if (request instanceof DeleteObjectRequest delete) {
            return delete.toBuilder().key(routes.route(delete.bucket(), delete.key())).build();
        }
        if (request instanceof GetObjectTaggingRequest tagging) {
            return tagging.toBuilder().key(routes.route(tagging.bucket(), tagging.key())).build();
        }
        if (request instanceof DeleteObjectsRequest delete && delete.delete() != null) {
            return delete.toBuilder()
                .delete(delete.delete()
                    .toBuilder()
                    .objects(delete.delete()
                        .objects()
                        .stream()
                        .map((object) -> object.toBuilder().key(routes.route(delete.bucket(), object.key())).build())
                        .toList())
                    .build())
                .build();
        }
        if (request instanceof ListObjectsV2Request list) {
            return list.toBuilder()
                .prefix(routes.route(list.bucket(), list.prefix()))
                .startAfter(routes.route(list.bucket(), list.startAfter()))
                .build();
        }
        if (request instanceof ListObjectsRequest list) {
            return list.toBuilder()
                .prefix(routes.route(list.bucket(), list.prefix()))
                .marker(routes.route(list.bucket(), list.marker()))
                .build();
        }
        if (request instanceof CopyObjectRequest copy) {
            return copy.toBuilder()
                .copySource(routes.routeCopySource(copy.copySource()))
                .destinationKey(routes.route(copy.destinationBucket(), copy.destinationKey()))
                .build();
        }
        return routeMultipart(request, routes);
    }

    private static SdkRequest routeMultipart(SdkRequest request, TransactionRoutes routes) {
        if (request instanceof CreateMultipartUploadRequest create) {
            return create.toBuilder().key(routes.route(create.bucket(), create.key())).build();
        }
        if (request instanceof UploadPartRequest part) {
            return part.toBuilder().key(routes.route(part.bucket(), part.key())).build();
        }
        if (request instanceof UploadPartCopyRequest copy) {
            return copy.toBuilder()
                .copySource(routes.routeCopySource(copy.copySource()))
                .destinationKey(routes.route(copy.destinationBucket(), copy.destinationKey()))
                .build();
        }
        if (request instanceof CompleteMultipartUploadRequest complete) {
            return complete.toBuilder().key(routes.route(complete.bucket(), complete.key())).build();
        }
        if (request instanceof AbortMultipartUploadRequest abort) {
            return abort.toBuilder().key(routes.route(abort.bucket(), abort.key())).build();
        }
        if (request instanceof ListPartsRequest list) {
            return list.toBuilder().key(routes.route(list.bucket(), list.key())).build();
        }
        return request;
    }

    private static SdkResponse unroute(SdkResponse response, List<TransactionRoutes.Route> routes) {
        UnaryOperator<@Nullable String> back = (key) -> TransactionRoutes.unroute(routes, key);
        if (response instanceof ListObjectsV2Response list) {
            return list.toBuilder()
                .contents(list.contents().stream().map((object) -> unroute(object, back)).toList())
                .commonPrefixes(unroute(list.commonPrefixes(), back))
                .prefix(back.apply(list.prefix()))
                .startAfter(back.apply(list.startAfter()))
                .build();
        }
        if (response instanceof ListObjectsResponse list) {
            return list.toBuilder()
                .contents(list.contents().stream().map((object) -> unroute(object, back)).toList())
                .commonPrefixes(unroute(list.commonPrefixes(), back))
                .prefix(back.apply(list.prefix()))
                .marker(back.apply(list.marker()))
                .nextMarker(back.apply(list.nextMarker()))
                .build();
        }
        if (response instanceof DeleteObjectsResponse delete) {
            return delete.toBuilder()
                .deleted(delete.deleted()
                    .stream()
                    .map((deleted) -> deleted.toBuilder().key(back.apply(deleted.key())).build())
                    .toList())
                .errors(delete.errors()
                    .stream()
                    .map((error) -> error.toBuilder().key(back.apply(error.key())).build())
                    .toList())
                .build();
        }
        if (response instanceof CreateMultipartUploadResponse create) {
            return create.toBuilder().key(back.apply(create.key())).build();
        }
        if (response instanceof CompleteMultipartUploadResponse complete) {
            return complete.toBuilder().key(back.apply(complete.key())).build();
        }
        if (response instanceof ListPartsResponse list) {
            return list.toBuilder().key(back.apply(list.key())).build();
        }
        return response;
    }

    private static S3Object unroute(S3Object object, UnaryOperator<@Nullable String> back) {
        return object.toBuilder().key(back.apply(object.key())).build();
    }

    private static List<CommonPrefix> unroute(List<CommonPrefix> prefixes, UnaryOperator<@Nullable String> back) {
        return prefixes.stream()
            .map((prefix) -> prefix.toBuilder().prefix(back.apply(prefix.prefix())).build())
            .toList();
    }

}
