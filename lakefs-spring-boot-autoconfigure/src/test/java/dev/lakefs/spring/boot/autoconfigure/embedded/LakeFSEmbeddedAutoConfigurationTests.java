package dev.lakefs.spring.boot.autoconfigure.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Tests for {@link LakeFSEmbeddedAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class LakeFSEmbeddedAutoConfigurationTests {

    @TempDir
    Path home;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(LakeFSEmbeddedAutoConfiguration.class, LakeFSAutoConfiguration.class))
            .withPropertyValues("user.home=" + this.home);
    }

    @Test
    void startsTheEmbeddedServerWhenNoEndpointIsConfigured(CapturedOutput output) {
        runner().run((context) -> {
            assertThat(context).hasSingleBean(EmbeddedLakeFS.class).hasSingleBean(LakeFS.class);
            EmbeddedLakeFS server = context.getBean(EmbeddedLakeFS.class);
            assertThat(context.getEnvironment().getProperty("local.lakefs.port", Integer.class))
                .isEqualTo(server.port());
            LakeFSClient client = context.getBean(LakeFSClient.class);
            assertThat(client.endpoint()).hasToString(server.endpoint());
            assertThat(client.getCurrentUser().block().user().id()).isNotEmpty();
            assertThat(output).contains("Started an embedded, in-memory lakeFS-compatible server at " + server.url()
                    + " because no lakeFS endpoint is configured",
                    "set lakefs.endpoint (or LAKECTL_SERVER_ENDPOINT_URL) to use a real lakeFS server");
        });
    }

    @Test
    void stopsTheServerWithTheContext() {
        AtomicInteger port = new AtomicInteger();
        runner().run((context) -> port.set(context.getBean(EmbeddedLakeFS.class).port()));
        assertThatIOException().isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port.get()).close());
    }

    @Test
    void listensOnTheConfiguredPort() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        runner().withPropertyValues("lakefs.embedded.port=" + freePort)
            .run((context) -> assertThat(context.getBean(EmbeddedLakeFS.class).port()).isEqualTo(freePort));
    }

    @Test
    void aPortInUseFailsStartupWithOneReportNamingTheProperty(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Path config = Files.writeString(this.home.resolve("application.properties"),
                    "lakefs.embedded.port=" + port + "\n");
            SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.location=file:" + config, "user.home=" + this.home);
            assertThatException().isThrownBy(application::run)
                .havingRootCause()
                .isInstanceOf(java.net.BindException.class);
            assertThat(output).containsOnlyOnce("APPLICATION FAILED TO START")
                .contains("Setting: lakefs.embedded.port", "Origin: URL [file:" + config + "] - 1:22",
                        "Problem: The embedded lakeFS server failed to start: port " + port
                                + " is already in use",
                        "Action:", "Identify and stop the process that is listening on port " + port
                                + ", or set lakefs.embedded.port to another port (0, the default, picks a free one");
        }
    }

    @Test
    void keepsItsDataInTheConfiguredDataDirectoryAcrossContexts(CapturedOutput output) {
        Path data = this.home.resolve("lakefs-data");
        ApplicationContextRunner runner = runner().withPropertyValues("lakefs.embedded.data-directory=" + data);
        runner.run((context) -> {
            context.getBean(EmbeddedLakeFS.class).createRepository("kept", "main");
            assertThat(output).contains("Started an embedded lakeFS-compatible server at",
                    "(its data is kept in " + data + ")");
        });
        runner.run((context) -> assertThat(context.getBean(LakeFSClient.class).getRepository("kept").block().id())
            .isEqualTo("kept"));
    }

    @Test
    void readsNoHostDirectoryUnlessAllowed() {
        runner().run((context) -> assertThat(context.getBean(EmbeddedLakeFS.class).allowedLocalPrefixes()).isEmpty());
        String allowed = this.home.toAbsolutePath() + "/";
        runner().withPropertyValues("lakefs.embedded.allowed-local-prefixes=" + allowed + ",/srv/data/")
            .run((context) -> assertThat(context.getBean(EmbeddedLakeFS.class).allowedLocalPrefixes())
                .containsExactly(allowed, "/srv/data/"));
    }

    @Test
    void doesNotStartWhenAnEndpointIsConfigured() {
        runner().withPropertyValues("lakefs.endpoint=http://127.0.0.1:1").run((context) -> {
            assertThat(context).doesNotHaveBean(EmbeddedLakeFS.class);
            assertThat(context.getBean(LakeFSClient.class).endpoint()).hasToString("http://127.0.0.1:1/api/v1");
        });
    }

    @Test
    void doesNotStartWhenLakectlIsConfigured() {
        runner().withPropertyValues("LAKECTL_SERVER_ENDPOINT_URL=http://127.0.0.1:1").run((context) -> {
            assertThat(context).doesNotHaveBean(EmbeddedLakeFS.class);
            assertThat(context.getBean(LakeFSClient.class).endpoint()).hasToString("http://127.0.0.1:1/api/v1");
        });
    }

    @Test
    void enabledTrueStartsItEvenWithAnEndpoint(CapturedOutput output) {
        runner().withPropertyValues("lakefs.endpoint=http://127.0.0.1:1", "lakefs.embedded.enabled=true")
            .run((context) -> {
                EmbeddedLakeFS server = context.getBean(EmbeddedLakeFS.class);
                assertThat(context.getBean(LakeFSClient.class).endpoint()).hasToString(server.endpoint());
                assertThat(output).contains("because lakefs.embedded.enabled=true");
            });
    }

    @Test
    void enabledFalseNeverStartsIt() {
        runner().withPropertyValues("lakefs.embedded.enabled=false").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(InvalidLakeFSConfigurationException.class)
                .rootCause()
                .hasMessage("No lakeFS endpoint is configured.");
        });
    }

    @Test
    void doesNotStartWithoutLakeFSEmbeddedOnTheClasspath() {
        runner().withClassLoader(new FilteredClassLoader(EmbeddedLakeFS.class)).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(InvalidLakeFSConfigurationException.class);
        });
    }

    @Test
    void userConnectionDetailsWin() {
        runner().withBean(LakeFSConnectionDetails.class, () -> () -> "http://127.0.0.1:2/api/v1").run((context) -> {
            assertThat(context).doesNotHaveBean(EmbeddedLakeFS.class);
            assertThat(context.getBean(LakeFSClient.class).endpoint()).hasToString("http://127.0.0.1:2/api/v1");
        });
    }

    @Test
    void backsOffFromAUserServer() {
        EmbeddedLakeFS userServer = EmbeddedLakeFS.builder().credentials("AKIAUSER", "user-secret").build().start();
        try {
            runner().withBean(EmbeddedLakeFS.class, () -> userServer).run((context) -> {
                assertThat(context).getBean(EmbeddedLakeFS.class).isSameAs(userServer);
                LakeFSClient client = context.getBean(LakeFSClient.class);
                assertThat(client.endpoint()).hasToString(userServer.endpoint());
                assertThat(client.getCurrentUser().block()).isNotNull();
            });
        }
        finally {
            userServer.stop();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class EmptyApplication {

    }

}
