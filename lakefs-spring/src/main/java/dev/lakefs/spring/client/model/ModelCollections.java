package dev.lakefs.spring.client.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Normalises the optional collections of the API's models: absent means empty, and what a record holds
 * cannot be changed behind its back.
 */
final class ModelCollections {

    private ModelCollections() {
    }

    static Map<String, String> copyOf(@Nullable Map<String, String> map) {
        return (map != null) ? Map.copyOf(map) : Map.of();
    }

    static <T> List<T> copyOf(@Nullable List<T> list) {
        return (list != null) ? List.copyOf(list) : List.of();
    }

}
