package dev.lakefs.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The lakeFS for Spring sample: on start it walks through the lakeFS Python SDK's guide in Java (see
 * {@link dev.lakefs.spring.sample.walkthrough.Walkthrough}), then serves {@code POST /datasets/{name}}, which ingests a
 * CSV dataset in one branch transaction (see {@link dev.lakefs.spring.sample.datasets.DatasetController}).
 * <p>
 * With no {@code lakefs.endpoint} configured it runs on the embedded, in-memory lakeFS-compatible server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LakeFSSampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(LakeFSSampleApplication.class, args);
    }

}
