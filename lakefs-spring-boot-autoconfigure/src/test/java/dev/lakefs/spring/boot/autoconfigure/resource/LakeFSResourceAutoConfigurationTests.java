package dev.lakefs.spring.boot.autoconfigure.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.resource.LakeFSProtocolResolver;
import dev.lakefs.spring.resource.LakeFSResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSResourceAutoConfiguration}.
 */
class LakeFSResourceAutoConfigurationTests {

    @TempDir
    static Path home;

    private static EmbeddedLakeFS server;

    @BeforeAll
    static void startServerWithAnObject() {
        server = EmbeddedLakeFS.builder().build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, LakeFSResourceAutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey());

    @Test
    void resolvesLakeFSLocationsThroughTheApplicationContext() {
        this.runner.run((context) -> {
            LakeFS lakeFS = context.getBean(LakeFS.class);
            lakeFS.repository("resource-repo").create("mem://bucket/resource-repo");
            lakeFS.repository("resource-repo").branch("main").object("docs/readme.txt").upload("hello lakeFS");
            Resource resource = context.getResource("lakefs://resource-repo/main/docs/readme.txt");
            assertThat(resource).isInstanceOf(LakeFSResource.class);
            assertThat(resource.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("hello lakeFS");
        });
    }

    @Test
    void injectsLakeFSResourcesWithValue() {
        this.runner.withUserConfiguration(ValueInjectionConfiguration.class).run((context) -> {
            assertThat(context.getBean("injected", Resource.class)).isInstanceOf(LakeFSResource.class)
                .satisfies((resource) -> assertThat(((LakeFSResource) resource).lakeFSUri().toString())
                    .contains("some-repo"));
        });
    }

    @Test
    void absentWithoutTheResourceSupport() {
        this.runner.withClassLoader(new FilteredClassLoader(LakeFSProtocolResolver.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSProtocolResolverRegistrar.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class ValueInjectionConfiguration {

        @Bean
        Resource injected(@Value("lakefs://some-repo/main/data.csv") Resource resource) throws IOException {
            return resource;
        }

    }

}
