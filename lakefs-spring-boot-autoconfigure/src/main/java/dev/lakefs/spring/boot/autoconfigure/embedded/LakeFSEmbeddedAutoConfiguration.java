package dev.lakefs.spring.boot.autoconfigure.embedded;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Map;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.client.LakeFSClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the embedded default:
 * like an embedded database, when no lakeFS endpoint is configured and {@code lakefs-embedded} is on the classpath,
 * an in-memory lakeFS-compatible server starts on a free port for the life of the context, and the client points at
 * it (with {@code lakefs.embedded.data-directory}, its data is kept in that directory across restarts). Its port is published as {@code local.lakefs.port}.
 */
@AutoConfiguration(before = LakeFSAutoConfiguration.class)
@ConditionalOnClass({ EmbeddedLakeFS.class, LakeFSClient.class })
@ConditionalOnMissingBean(LakeFSConnectionDetails.class)
@Conditional(OnEmbeddedLakeFSCondition.class)
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSEmbeddedAutoConfiguration {

    /** The property holding the port the embedded server listens on. */
    public static final String LOCAL_PORT_PROPERTY = "local.lakefs.port";

    private static final String PROPERTY_SOURCE_NAME = "lakefs.embedded";

    private static final Log logger = LogFactory.getLog(LakeFSEmbeddedAutoConfiguration.class);

    @Bean(destroyMethod = "stop")
    @ConditionalOnMissingBean
    EmbeddedLakeFS embeddedLakeFS(LakeFSProperties properties, Environment environment) {
        int port = properties.getEmbedded().getPort();
        Path dataDirectory = properties.getEmbedded().getDataDirectory();
        EmbeddedLakeFS server = EmbeddedLakeFS.builder()
            .port(port)
            .allowedLocalPrefixes(properties.getEmbedded().getAllowedLocalPrefixes().toArray(String[]::new))
            .dataDirectory(dataDirectory)
            .build();
        try {
            server.start();
        }
        catch (UncheckedIOException ex) {
            if (ex.getCause() instanceof BindException) {
                throw portInUse(port, ex);
            }
            throw ex;
        }
        publishPort(environment, server.port());
        String reason = Boolean.TRUE.equals(properties.getEmbedded().getEnabled()) ? "lakefs.embedded.enabled=true"
                : "no lakeFS endpoint is configured";
        String kind = (dataDirectory != null) ? "embedded" : "embedded, in-memory";
        String kept = (dataDirectory != null) ? "its data is kept in " + dataDirectory : "its data is lost on shutdown";
        logger.info("Started an " + kind + " lakeFS-compatible server at " + server.url() + " because " + reason
                + " (" + kept + "); set lakefs.endpoint (or LAKECTL_SERVER_ENDPOINT_URL) to use a real lakeFS "
                + "server.");
        return server;
    }

    @Bean
    @ConditionalOnMissingBean
    EmbeddedLakeFSConnectionDetails embeddedLakeFSConnectionDetails(EmbeddedLakeFS embeddedLakeFS) {
        return new EmbeddedLakeFSConnectionDetails(embeddedLakeFS);
    }

    /** Worded like Spring Boot's report of a web server port in use. */
    private static InvalidLakeFSConfigurationException portInUse(int port, UncheckedIOException ex) {
        return new InvalidLakeFSConfigurationException("lakefs.embedded.port",
                "The embedded lakeFS server failed to start: port " + port + " is already in use ("
                        + ex.getCause().getMessage() + ").",
                "Identify and stop the process that is listening on port " + port + ", or set lakefs.embedded.port "
                        + "to another port (0, the default, picks a free one and publishes it as "
                        + LOCAL_PORT_PROPERTY + ").",
                ex);
    }

    private static void publishPort(Environment environment, int port) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            MutablePropertySources sources = configurable.getPropertySources();
            MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(LOCAL_PORT_PROPERTY, port));
            if (sources.contains(PROPERTY_SOURCE_NAME)) {
                sources.replace(PROPERTY_SOURCE_NAME, source);
            }
            else {
                sources.addFirst(source);
            }
        }
    }

}
