package dev.lakefs.spring.client.model;

/**
 * One source of an import.
 *
 * @param type whether {@code path} is one object or a prefix
 * @param path the source URI in the object store
 * @param destination the object path (or prefix) on the branch
 */
public record ImportLocation(PathType type, String path, String destination) {
}
