package dev.lakefs.spring.client.model;

/**
 * How {@code diffRefs} compares two references.
 */
public enum DiffRefsType {

    /** Changes on the right side since the merge base of both sides (the default). */
    THREE_DOT("three_dot"),

    /** The direct difference between the two sides. */
    TWO_DOT("two_dot");

    private final String value;

    DiffRefsType(String value) {
        this.value = value;
    }

    /**
     * The value of the {@code type} query parameter.
     * @return the wire value
     */
    public String value() {
        return this.value;
    }

}
