package dev.lakefs.spring.boot.autoconfigure;

import dev.lakefs.spring.client.LakeFSClient;

/**
 * Callback to customize the auto-configured {@link LakeFSClient.Builder} after the {@code lakefs.*} settings were
 * applied. Beans of this type are applied in {@link org.springframework.core.Ordered order}.
 */
@FunctionalInterface
public interface LakeFSClientCustomizer {

    /**
     * Customizes the builder.
     * @param builder the builder to customize
     */
    void customize(LakeFSClient.Builder builder);

}
