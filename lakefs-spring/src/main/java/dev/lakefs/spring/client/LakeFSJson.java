package dev.lakefs.spring.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import dev.lakefs.spring.client.model.ObjectStats;

/**
 * The JSON mapping of the lakeFS API, independent of any application-wide mapper so that an application's
 * Jackson settings cannot change the wire format: snake_case names, unknown fields ignored, absent fields as
 * defaults, nulls not sent, and {@link Instant}s as Unix epoch seconds (read also from RFC 3339 strings, which
 * a few fields use).
 */
final class LakeFSJson {

    private final JsonMapper mapper;

    LakeFSJson() {
        SimpleModule lakeFS = new SimpleModule("lakefs");
        lakeFS.addSerializer(Instant.class, new EpochSecondsSerializer());
        lakeFS.addDeserializer(Instant.class, new EpochSecondsDeserializer());
        lakeFS.addDeserializer(ObjectStats.class, new ObjectStatsDeserializer());
        this.mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(lakeFS)
            .build();
    }

    byte[] write(Object value) {
        return this.mapper.writeValueAsBytes(value);
    }

    <T> T read(byte[] json, JavaType type) {
        return this.mapper.readValue(json, type);
    }

    <T> T read(java.io.InputStream json, JavaType type) {
        return this.mapper.readValue(json, type);
    }

    JavaType type(java.lang.reflect.Type type) {
        return this.mapper.constructType(type);
    }

    JavaType pageOf(Class<?> element) {
        return this.mapper.getTypeFactory().constructParametricType(Page.class, element);
    }

    JavaType mapOf(Class<?> keys, Class<?> values) {
        return this.mapper.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, keys, values);
    }

    private static final class EpochSecondsSerializer extends ValueSerializer<Instant> {

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.writeNumber(value.getEpochSecond());
        }

    }

    private static final class EpochSecondsDeserializer extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            return readInstant(parser);
        }

    }

    /** Reads an instant written as Unix epoch seconds (a number, or digits in a string) or as RFC 3339 text. */
    static Instant readInstant(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochSecond(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal seconds = parser.getDecimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        String text = parser.getString().strip();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        return OffsetDateTime.parse(text).toInstant();
    }

}
