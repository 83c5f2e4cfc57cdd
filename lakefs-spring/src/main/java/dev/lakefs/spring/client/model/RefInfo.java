package dev.lakefs.spring.client.model;

/**
 * A branch or tag and the commit it points at (the spec's {@code Ref} model).
 *
 * @param id the branch or tag id
 * @param commitId the commit id it points at
 */
public record RefInfo(String id, String commitId) {
}
