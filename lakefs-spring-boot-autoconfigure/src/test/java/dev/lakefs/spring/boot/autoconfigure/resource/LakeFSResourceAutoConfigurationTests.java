package dev.lakefs.spring.boot.autoconfigure.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.Branch;
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
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.context.support.ServletContextResource;

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

    @Test
    void resolvesLakeFSPatternsThroughTheApplicationContext() {
        this.runner.run((context) -> {
            Branch main = createRepository(context, "example-repo");
            main.object("datasets/2024/a.csv").upload("a");
            main.object("datasets/2024/b.json").upload("b");
            main.object("datasets/2025/c.csv").upload("c");
            Resource[] csv = context.getResources("lakefs://example-repo/main/datasets/**/*.csv");
            assertThat(csv).extracting(Resource::getFilename).containsExactly("a.csv", "c.csv");
            assertThat(csv).allSatisfy((resource) -> assertThat(resource).isInstanceOf(LakeFSResource.class));
        });
    }

    @Test
    void injectsResourceArraysWithValue() {
        this.runner.withUserConfiguration(ArrayInjectionConfiguration.class).run((context) -> {
            Branch main = createRepository(context, "array-repo");
            main.object("in/one.csv").upload("1");
            main.object("in/two.csv").upload("2");
            main.object("in/skip.txt").upload("3");
            Resource[] injected = context.getBean(ArrayHolder.class).resources;
            assertThat(injected).extracting(Resource::getFilename).containsExactly("one.csv", "two.csv");
        });
    }

    @Test
    void resolvesOtherLocationsAsBefore() {
        this.runner.run((context) -> {
            assertThat(context.getResource("classpath:application-test.properties"))
                .isInstanceOf(ClassPathResource.class);
            assertThat(context.getResource("some/relative/path.txt").getClass().getSimpleName())
                .isEqualTo("ClassPathContextResource");
            assertThat(context.getResources("classpath*:dev/lakefs/spring/boot/autoconfigure/resource/*.class"))
                .isNotEmpty();
            assertThat(context.getClassLoader()).isNotNull();
        });
    }

    @Test
    void wrapsAResourceLoaderTheContextAlreadyHad() {
        ResourceLoader custom = new DefaultResourceLoader() {
            @Override
            protected Resource getResourceByPath(String path) {
                return new ByteArrayResource(path.getBytes(StandardCharsets.UTF_8), "custom");
            }
        };
        this.runner.withInitializer((context) -> ((GenericApplicationContext) context).setResourceLoader(custom))
            .run((context) -> {
                createRepository(context, "custom-repo").object("x/a.csv").upload("a");
                assertThat(context.getResource("plain/path")).isInstanceOf(ByteArrayResource.class);
                assertThat(context.getResources("lakefs://custom-repo/main/x/*.csv")).hasSize(1);
            });
    }

    @Test
    void resolvesRelativePathsAgainstTheServletContextInAWebApplication() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, LakeFSResourceAutoConfiguration.class))
            .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                    "lakefs.access-key-id=" + server.accessKeyId(),
                    "lakefs.secret-access-key=" + server.secretAccessKey())
            .run((context) -> {
                assertThat(context.getResource("WEB-INF/web.xml")).isInstanceOf(ServletContextResource.class);
                createRepository(context, "web-repo").object("w/a.csv").upload("a");
                assertThat(context.getResources("lakefs://web-repo/main/w/*.csv")).hasSize(1);
            });
    }

    @Test
    void absentWithoutALakeFSBean() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSResourceAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSProtocolResolverRegistrar.class));
    }

    private static Branch createRepository(ApplicationContext context, String id) {
        LakeFS lakeFS = context.getBean(LakeFS.class);
        return lakeFS.repository(id).create("mem://bucket/" + id).branch("main");
    }

    @Configuration(proxyBeanMethods = false)
    @Import(ArrayHolder.class)
    static class ArrayInjectionConfiguration {

    }

    /** Lazy: created (and its pattern resolved) when the test asks for it, after the objects exist. */
    @Lazy
    static class ArrayHolder {

        @Value("lakefs://array-repo/main/in/*.csv")
        Resource[] resources;

    }

    @Configuration(proxyBeanMethods = false)
    static class ValueInjectionConfiguration {

        @Bean
        Resource injected(@Value("lakefs://some-repo/main/data.csv") Resource resource) throws IOException {
            return resource;
        }

    }


}
