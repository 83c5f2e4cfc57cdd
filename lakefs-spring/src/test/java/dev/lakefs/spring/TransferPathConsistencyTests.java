package dev.lakefs.spring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.client.RetrySettings;
import dev.lakefs.spring.client.TransferListener;
import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.io.ObjectReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Uploads give the same observable result whether they go through lakeFS ({@code uploadObject}, metadata in
 * {@code X-Lakefs-Meta-*} headers whose keys lakeFS lower-cases) or through a presigned URL
 * ({@code linkPhysicalAddress}, metadata in JSON stored as given), and the caller can tell which path was taken.
 */
class TransferPathConsistencyTests extends AbstractEmbeddedLakeFSTests {

    private final List<String> operations = Collections.synchronizedList(new ArrayList<>());

    private LakeFS observed;

    private Branch main;

    @BeforeEach
    void createRepository() {
        LakeFSClient listened = LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .retry(RetrySettings.none())
            .transferListener(new TransferListener() {

                @Override
                public void bytesSent(@Nullable String repository, String operationId, long bytes) {
                    TransferPathConsistencyTests.this.operations.add(operationId);
                }

                @Override
                public void bytesReceived(@Nullable String repository, String operationId, long bytes) {
                    TransferPathConsistencyTests.this.operations.add(operationId);
                }
            })
            .build();
        this.observed = LakeFS.of(listened);
        this.main = this.observed.repository(newRepository().id()).branch("main");
    }

    @Test
    void metadataKeysComeBackLowerCasedWhicheverPathTheUploadTakes() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("Owner", "team-a");
        metadata.put("X-Trace-Id", "Abc-123");
        WriteOptions options = WriteOptions.of(MediaType.TEXT_PLAIN).withMetadata(metadata);

        ObjectStats direct = this.main.object("direct.txt").upload("same", options.withPreSign(false));
        ObjectStats presigned = this.main.object("presigned.txt").upload("same", options.withPreSign(true));

        Map<String, String> expected = Map.of("owner", "team-a", "x-trace-id", "Abc-123");
        assertThat(direct.metadata()).isEqualTo(expected);
        assertThat(presigned.metadata()).isEqualTo(expected);
        assertThat(this.main.object("direct.txt").stat().metadata()).isEqualTo(expected);
        assertThat(this.main.object("presigned.txt").stat().metadata()).isEqualTo(expected);
        assertThat(presigned.checksum()).isEqualTo(direct.checksum());
        assertThat(presigned.sizeBytes()).isEqualTo(direct.sizeBytes());
        assertThat(presigned.contentType()).isEqualTo(direct.contentType()).isEqualTo("text/plain");
        assertThat(requestsFor("uploadObject").get(requestsFor("uploadObject").size() - 1).headers())
            .containsKeys("x-lakefs-meta-owner", "x-lakefs-meta-x-trace-id");
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void metadataAHeaderCannotCarryIsRefusedOnBothPathsBeforeAnyRequest(boolean preSign) {
        int before = server.recordedRequests().size();
        WritableObject object = this.main.object("refused.txt");
        WriteOptions options = WriteOptions.defaults().withPreSign(preSign);

        assertThatIllegalArgumentException()
            .isThrownBy(() -> object.upload("x", options.withMetadata(Map.of("Owner", "a", "owner", "b"))))
            .withMessageContaining("differ only in case");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> object.upload("x", options.withMetadata(Map.of("author", "Jos\u00e9"))))
            .withMessageContaining("'author'").withMessageContaining("U+00E9");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> object.upload("x", options.withMetadata(Map.of("my key", "v"))))
            .withMessageContaining("'my key'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> object.upload("x", options.withMetadata(Map.of("k", " padded"))))
            .withMessageContaining("space");
        assertThat(server.recordedRequests()).hasSize(before);
    }

    @Test
    void theCallerCanTellWhichPathTransfersTake() throws IOException {
        String repository = this.main.repositoryId();
        LakeFS always = this.observed.withOptions(this.observed.options().withPreSign(LakeFSOptions.PreSign.ALWAYS));
        LakeFS never = this.observed.withOptions(this.observed.options().withPreSign(LakeFSOptions.PreSign.NEVER));

        // AUTO follows the store's pre_sign_support, which the embedded server reports true
        assertThat(this.observed.preSigns(repository)).isTrue();
        assertThat(always.preSigns(repository)).isTrue();
        assertThat(never.preSigns(repository)).isFalse();

        this.main.object("a.txt").upload("a", WriteOptions.defaults().withPreSign(true));
        this.main.object("b.txt").upload("b", WriteOptions.defaults().withPreSign(false));
        try (ObjectReader in = this.main.object("a.txt").reader(ReadOptions.defaults().withPreSign(true))) {
            assertThat(in.readAllBytes()).containsExactly('a');
        }
        try (ObjectReader in = this.main.object("a.txt").reader(ReadOptions.defaults().withPreSign(false))) {
            assertThat(in.readAllBytes()).containsExactly('a');
        }

        // the transfer listener names the operation that moved the bytes
        assertThat(this.operations).containsExactly("presignedPut", "uploadObject", "presignedGet", "getObject");
    }
}
