package dev.lakefs.spring.nio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.lakefs.spring.resource.LakeFSResource;
import dev.lakefs.spring.resource.LakeFSUri;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code lakefs://} Path and a {@code lakefs://} Resource for one URI address the same object.
 */
class ResourceAndPathTests extends AbstractFileSystemTests {

    @ParameterizedTest
    @ValueSource(strings = { "plain/a.csv", "odd/a b.csv", "odd/100%.csv", "odd/%20literal", "odd/x#1?.csv",
            "odd/été 日本.csv", "odd/a+b;c=d,e" })
    void aPathAndAResourceForOneUriAddressTheSameObject(String key) throws IOException {
        Path path = path("main", key);
        Files.writeString(path, "data of " + key);
        LakeFSResource resource = new LakeFSResource(lakeFS, LakeFSUri.from(path.toUri()));

        assertThat(resource.getURI()).isEqualTo(path.toUri());
        assertThat(resource.lakeFSUri().path()).isEqualTo(key);
        assertThat(resource.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("data of " + key);
        assertThat(resource.contentLength()).isEqualTo(Files.size(path));
        assertThat(resource.lastModified()).isEqualTo(Files.getLastModifiedTime(path).toMillis());
        assertThat(resource.getFilename()).isEqualTo(path.getFileName().toString());
    }
}
