package dev.lakefs.spring;

/**
 * A repository id, branch id, tag id, ref expression, object path or storage namespace that lakeFS would reject,
 * detected before any request is sent. The message names the rule that failed.
 */
public class InvalidNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final LakeFSNames.Kind kind;

    private final String value;

    private final String rule;

    InvalidNameException(LakeFSNames.Kind kind, String value, String rule) {
        super("Invalid " + kind.description() + " '" + value + "': " + rule);
        this.kind = kind;
        this.value = value;
        this.rule = rule;
    }

    /**
     * What kind of name was rejected.
     * @return the kind
     */
    public LakeFSNames.Kind kind() {
        return this.kind;
    }

    /**
     * The rejected value.
     * @return the value
     */
    public String value() {
        return this.value;
    }

    /**
     * The rule that failed, in words.
     * @return the rule
     */
    public String rule() {
        return this.rule;
    }
}
