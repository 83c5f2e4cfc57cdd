package dev.lakefs.spring.boot.autoconfigure;

import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with every auto-configuration (as with the starter), {@code lakefs-embedded} on the classpath and no
 * configuration at all: it gets a working {@link LakeFS} backed by the embedded server, and a healthy {@code lakefs}
 * health component.
 */
class LakeFSZeroConfigurationApplicationTests {

    @TempDir
    Path home;

    @Test
    void worksWithZeroConfiguration() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZeroConfigurationApplication.class)
            .web(WebApplicationType.NONE)
            .properties("user.home=" + this.home)
            .run()) {
            assertThat(context.getBean(EmbeddedLakeFS.class).url()).startsWith("http://127.0.0.1:");
            LakeFS lakeFS = context.getBean(LakeFS.class);
            Repository repository = lakeFS.repository("zero-config").create("mem://bucket/zero-config");
            repository.branch("main").object("hello.txt").upload("hello");
            assertThat(repository.branch("main").object("hello.txt").readString()).isEqualTo("hello");
            assertThat(context.getBean(HealthEndpoint.class).healthForPath("lakefs").getStatus()).isEqualTo(Status.UP);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class ZeroConfigurationApplication {

    }

}
