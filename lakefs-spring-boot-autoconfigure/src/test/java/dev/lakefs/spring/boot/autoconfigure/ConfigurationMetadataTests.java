package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the configuration metadata that IDEs read: every documented key is there, with a description that follows
 * Spring Boot's rules (no leading "The"/"A", booleans start with "Whether", no defaults in the text), in plain text
 * (no Javadoc tags or HTML).
 */
class ConfigurationMetadataTests {

    @Test
    void everyKeyIsDescribed() throws IOException {
        JsonNode metadata;
        ClassPathResource resource = new ClassPathResource("META-INF/spring-configuration-metadata.json");
        try (InputStream input = resource.getInputStream()) {
            metadata = JsonMapper.builder().build().readTree(input);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            names.add(name);
            String description = property.get("description").asString();
            assertThat(description).as(name).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ")
                .doesNotContainIgnoringCase("default");
            assertPlainText(name, description);
            if (property.get("type").asString().equals("java.lang.Boolean")) {
                assertThat(description).as(name).startsWith("Whether");
            }
        }
        assertThat(names).contains("lakefs.endpoint", "lakefs.access-key-id", "lakefs.secret-access-key",
                "lakefs.connect-timeout", "lakefs.read-timeout", "lakefs.retry.max-retries", "lakefs.retry.delay",
                "lakefs.retry.multiplier", "lakefs.retry.max-delay", "lakefs.retry.jitter",
                "lakefs.ssl.ca-certificate", "lakefs.ssl.bundle", "lakefs.ssl.verify", "lakefs.proxy.url",
                "lakefs.proxy.username", "lakefs.proxy.password", "lakefs.proxy.non-proxy-hosts",
                "lakefs.embedded.enabled", "lakefs.embedded.port", "lakefs.health.timeout", "lakefs.s3.enabled",
                "lakefs.s3.endpoint", "lakefs.s3.region",
                "management.health.lakefs.enabled", "management.info.lakefs.enabled");
        for (JsonNode group : metadata.get("groups")) {
            if (group.has("description")) {
                assertPlainText(group.get("name").asString(), group.get("description").asString());
            }
        }
    }

    /** IDEs show descriptions as they are: Javadoc tags and HTML would appear literally. */
    private static void assertPlainText(String name, String description) {
        assertThat(description).as(name).doesNotContain("{@", "<", ">", "&lt;", "&gt;", "&amp;");
    }

}
