package dev.lakefs.spring.client.model;

/**
 * The body of {@code createTag}.
 *
 * @param id the tag id
 * @param ref the reference to tag
 * @param force whether to create it even in a read-only repository (it never overwrites a tag)
 */
public record TagCreation(String id, String ref, boolean force) {

    /**
     * A tag of {@code ref}.
     * @param id the tag id
     * @param ref the reference to tag
     * @return the creation request
     */
    public static TagCreation of(String id, String ref) {
        return new TagCreation(id, ref, false);
    }

}
