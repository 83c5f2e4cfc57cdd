package dev.lakefs.embedded.gateway;

/**
 * The gateway's operations, chosen as lakeFS's {@code EnrichWithOperation} chooses them: from the method and
 * whether the path names a repository, a ref and a path.
 */
enum Operation {

    LIST_BUCKETS, HEAD_BUCKET, PUT_BUCKET, LIST_OBJECTS, DELETE_OBJECTS, GET_OBJECT, HEAD_OBJECT, PUT_OBJECT,
    POST_OBJECT, DELETE_OBJECT, UNSUPPORTED, NOT_FOUND;

    static Operation of(S3Request request) {
        String method = request.method();
        if (request.repository().isEmpty()) {
            return method.equals("GET") ? LIST_BUCKETS : NOT_FOUND;
        }
        if (!request.ref().isEmpty() && !request.path().isEmpty()) {
            return switch (method) {
                case "DELETE" -> DELETE_OBJECT;
                case "POST" -> POST_OBJECT;
                case "GET" -> GET_OBJECT;
                case "HEAD" -> HEAD_OBJECT;
                case "PUT" -> PUT_OBJECT;
                default -> NOT_FOUND;
            };
        }
        if (request.ref().isEmpty() && request.path().isEmpty()) {
            return switch (method) {
                case "DELETE" -> UNSUPPORTED;
                case "PUT" -> PUT_BUCKET;
                case "HEAD" -> HEAD_BUCKET;
                case "POST" -> DELETE_OBJECTS;
                case "GET" -> LIST_OBJECTS;
                default -> NOT_FOUND;
            };
        }
        return NOT_FOUND;
    }
}
