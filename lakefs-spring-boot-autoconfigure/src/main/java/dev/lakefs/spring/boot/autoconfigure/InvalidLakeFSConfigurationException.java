package dev.lakefs.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when the lakeFS configuration cannot work: it names the setting at fault, says what is wrong
 * with it and what to do. {@link InvalidLakeFSConfigurationFailureAnalyzer} turns it into the startup report.
 * Messages never contain a secret.
 */
public class InvalidLakeFSConfigurationException extends RuntimeException {

    private final String setting;

    private final String action;

    /**
     * Creates a new instance.
     * @param setting the property, environment variable or file key at fault, e.g. {@code lakefs.endpoint}
     * @param problem what is wrong, in a sentence
     * @param action what to do about it, in a sentence
     * @param cause the underlying failure, if any
     */
    public InvalidLakeFSConfigurationException(String setting, String problem, String action,
            @Nullable Throwable cause) {
        super(problem, cause);
        this.setting = setting;
        this.action = action;
    }

    /**
     * Creates a new instance without an underlying cause.
     * @param setting the property, environment variable or file key at fault
     * @param problem what is wrong, in a sentence
     * @param action what to do about it, in a sentence
     */
    public InvalidLakeFSConfigurationException(String setting, String problem, String action) {
        this(setting, problem, action, null);
    }

    /** The property, environment variable or file key at fault, e.g. {@code lakefs.endpoint}. */
    public String getSetting() {
        return this.setting;
    }

    /** What to do to fix the configuration. */
    public String getAction() {
        return this.action;
    }

}
