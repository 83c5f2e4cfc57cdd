package dev.lakefs.embedded.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as lakeFS writes it: snake_case field names, absent (not null) optional fields, unknown request fields
 * ignored.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();

    private Json() {
    }

    /** Initializes the mapper (a few hundred milliseconds of class loading) ahead of the first request. */
    public static void warmUp() {
        read(new ByteArrayInputStream(write(new ApiException.ErrorBody("warm-up"))), ApiException.ErrorBody.class);
    }

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** Reads a request body; malformed JSON is a 400 like lakeFS's validator gives. */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw ApiException.badRequest("request body has an error: value is required but missing");
            }
            return value;
        }
        catch (JacksonException ex) {
            if (ex.getCause() instanceof ApiException refused) {
                // the body stream refused to go on (e.g. too large): its answer, not a decoding error
                throw refused;
            }
            throw ApiException.badRequest("request body has an error: failed to decode request body: "
                    + ex.getOriginalMessage());
        }
    }
}
