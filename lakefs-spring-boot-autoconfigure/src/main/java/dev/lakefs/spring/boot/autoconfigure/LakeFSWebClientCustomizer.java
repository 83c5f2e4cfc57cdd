package dev.lakefs.spring.boot.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback to customize the {@link WebClient.Builder} that the lakeFS client starts from, and only that one (unlike
 * Spring Boot's {@code WebClientCustomizer}, which applies to every {@code WebClient.Builder} of the application).
 * Beans of this type are applied in {@link org.springframework.core.Ordered order}.
 */
@FunctionalInterface
public interface LakeFSWebClientCustomizer {

    /**
     * Customizes the builder.
     * @param webClientBuilder the builder to customize
     */
    void customize(WebClient.Builder webClientBuilder);

}
