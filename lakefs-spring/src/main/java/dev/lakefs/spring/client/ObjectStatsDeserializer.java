package dev.lakefs.spring.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.TypeFactory;

import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;

/**
 * Reads {@link ObjectStats}, the most frequent answer there is (every stat, upload and listed object), straight
 * from the parser's tokens. Jackson's generic binding of a record buffers every property and then calls the
 * constructor through {@code MethodHandle.invokeWithArguments}; for a listing page of 100 objects that was most of
 * the time spent decoding it. The mapping is the same as the generic one: snake_case names, unknown properties
 * skipped, absent or null properties as null, Unix-epoch {@link Instant}s, and the enum and the map read by the
 * deserializers Jackson would use for them.
 */
final class ObjectStatsDeserializer extends ValueDeserializer<ObjectStats> {

    private static final JavaType METADATA = TypeFactory.createDefaultInstance()
        .constructMapType(LinkedHashMap.class, String.class, String.class);

    /** Found once, when Jackson contextualizes this deserializer: a lookup per object costs more than the object. */
    private final @Nullable ValueDeserializer<Object> pathTypes;

    private final @Nullable ValueDeserializer<Object> metadata;

    ObjectStatsDeserializer() {
        this(null, null);
    }

    private ObjectStatsDeserializer(@Nullable ValueDeserializer<Object> pathTypes,
            @Nullable ValueDeserializer<Object> metadata) {
        this.pathTypes = pathTypes;
        this.metadata = metadata;
    }

    @Override
    public ObjectStatsDeserializer createContextual(DeserializationContext context, @Nullable BeanProperty property) {
        if (this.pathTypes != null && this.metadata != null) {
            return this;
        }
        return new ObjectStatsDeserializer(context.findRootValueDeserializer(context.constructType(PathType.class)),
                context.findRootValueDeserializer(METADATA));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ObjectStats deserialize(JsonParser parser, DeserializationContext context) {
        ValueDeserializer<Object> pathTypes = this.pathTypes;
        ValueDeserializer<Object> metadataMaps = this.metadata;
        if (pathTypes == null || metadataMaps == null) {
            return createContextual(context, null).deserialize(parser, context);
        }
        String name;
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            name = parser.nextName();
        }
        else if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
            name = parser.currentName();
        }
        else {
            return (ObjectStats) context.handleUnexpectedToken(ObjectStats.class, parser);
        }
        String path = null;
        PathType pathType = null;
        String physicalAddress = null;
        Instant physicalAddressExpiry = null;
        String checksum = null;
        Long sizeBytes = null;
        Instant mtime = null;
        Map<String, String> metadata = null;
        String contentType = null;
        for (; name != null; name = parser.nextName()) {
            if (parser.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "path" -> path = string(parser, context);
                case "path_type" -> pathType = (PathType) pathTypes.deserialize(parser, context);
                case "physical_address" -> physicalAddress = string(parser, context);
                case "physical_address_expiry" -> physicalAddressExpiry = LakeFSJson.readInstant(parser);
                case "checksum" -> checksum = string(parser, context);
                case "size_bytes" -> sizeBytes = (parser.currentToken() == JsonToken.VALUE_NUMBER_INT)
                        ? parser.getLongValue() : context.readValue(parser, Long.class);
                case "mtime" -> mtime = LakeFSJson.readInstant(parser);
                case "metadata" -> metadata = (Map<String, String>) metadataMaps.deserialize(parser, context);
                case "content_type" -> contentType = string(parser, context);
                default -> parser.skipChildren();
            }
        }
        return new ObjectStats(path, pathType, physicalAddress, physicalAddressExpiry, checksum, sizeBytes, mtime,
                metadata, contentType);
    }

    /** A string, or another scalar coerced to one as Jackson's own string binding does. */
    private static @Nullable String string(JsonParser parser, DeserializationContext context) {
        return (parser.currentToken() == JsonToken.VALUE_STRING) ? parser.getString()
                : context.readValue(parser, String.class);
    }

}
