package dev.lakefs.spring.boot.autoconfigure.actuate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lakefs.spring.client.LakeFSClient;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@link InfoContributor} that adds a {@code lakefs} entry with the endpoint and the server's version.
 */
public class LakeFSInfoContributor implements InfoContributor {

    private final LakeFSClient client;

    private final Duration timeout;

    /**
     * Creates a new contributor.
     * @param client the client whose server to describe
     * @param timeout the time allowed to ask the server for its version
     */
    public LakeFSInfoContributor(LakeFSClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public void contribute(Info.Builder builder) {
        LakeFSServerInfo server = LakeFSServerInfo.fetch(this.client, this.timeout);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("endpoint", this.client.endpoint().toString());
        if (server.version() != null) {
            details.put("version", server.version());
        }
        if (server.error() != null) {
            details.put("error", server.error());
        }
        builder.withDetail("lakefs", details);
    }

}
