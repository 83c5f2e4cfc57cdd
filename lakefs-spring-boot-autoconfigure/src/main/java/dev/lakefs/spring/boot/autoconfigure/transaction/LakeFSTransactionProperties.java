package dev.lakefs.spring.boot.autoconfigure.transaction;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of lakeFS branch transactions.
 */
@ConfigurationProperties("lakefs.transaction")
public class LakeFSTransactionProperties {

    /** Whether to auto-configure branch transactions and "@LakeFSTransactional". */
    private boolean enabled = true;

    /** Repository of "@LakeFSTransactional" methods that name none. */
    private @Nullable String defaultRepository;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getDefaultRepository() {
        return this.defaultRepository;
    }

    public void setDefaultRepository(@Nullable String defaultRepository) {
        this.defaultRepository = defaultRepository;
    }
}
