package dev.lakefs.spring.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import dev.lakefs.spring.client.model.ObjectStats;
import dev.lakefs.spring.client.model.PathType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ObjectStatsDeserializer} against the {@code ObjectStats} model of lakeFS's OpenAPI spec: snake_case
 * properties, {@code mtime} and {@code physical_address_expiry} in Unix epoch seconds, {@code path_type} one of
 * {@code object} and {@code common_prefix}.
 */
class ObjectStatsDeserializerTests {

    private final LakeFSJson json = new LakeFSJson();

    @Test
    void readsEveryPropertyOfTheSpec() {
        ObjectStats stats = read("""
                {"path": "dir/a.csv", "path_type": "object", "physical_address": "s3://bucket/data/abc",
                 "physical_address_expiry": 1700000900, "checksum": "9a0364b9e99bb480dd25e1f0284c8555",
                 "size_bytes": 7, "mtime": 1700000000, "metadata": {"owner": "me", "team": "data"},
                 "content_type": "text/csv"}
                """);
        assertThat(stats).isEqualTo(new ObjectStats("dir/a.csv", PathType.OBJECT, "s3://bucket/data/abc",
                Instant.ofEpochSecond(1700000900), "9a0364b9e99bb480dd25e1f0284c8555", 7L,
                Instant.ofEpochSecond(1700000000), Map.of("owner", "me", "team", "data"), "text/csv"));
    }

    @Test
    void absentAndNullPropertiesAreNullAndMetadataEmpty() {
        ObjectStats prefix = read("""
                {"path": "dir/", "path_type": "common_prefix", "physical_address": "", "checksum": "",
                 "mtime": 0, "size_bytes": null, "metadata": null}
                """);
        assertThat(prefix.pathType()).isEqualTo(PathType.COMMON_PREFIX);
        assertThat(prefix.sizeBytes()).isNull();
        assertThat(prefix.physicalAddressExpiry()).isNull();
        assertThat(prefix.contentType()).isNull();
        assertThat(prefix.metadata()).isEmpty();
        assertThat(prefix.mtime()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void skipsPropertiesItDoesNotKnowWhateverTheirShape() {
        ObjectStats stats = read("""
                {"future": {"nested": [1, {"x": "y"}]}, "path": "a", "also_new": [true, null],
                 "path_type": "object", "physical_address": "mem://a", "checksum": "c", "mtime": 5,
                 "size_bytes": 1, "last": "value"}
                """);
        assertThat(stats.path()).isEqualTo("a");
        assertThat(stats.checksum()).isEqualTo("c");
        assertThat(stats.sizeBytes()).isEqualTo(1L);
    }

    @Test
    void readsTimesWrittenAsRfc3339TextOrFractionalSeconds() {
        assertThat(read("{\"path\": \"a\", \"mtime\": \"2024-05-01T10:00:00Z\"}").mtime())
            .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(read("{\"path\": \"a\", \"mtime\": 1700000000.5}").mtime())
            .isEqualTo(Instant.ofEpochSecond(1700000000, 500_000_000));
    }

    @Test
    void whatItWritesItReadsBackUnchanged() {
        ObjectStats original = new ObjectStats("x/y z.bin", PathType.OBJECT, "mem://bucket/x", null, "abc", 42L,
                Instant.ofEpochSecond(1700000123), Map.of("k", "v"), "application/octet-stream");
        byte[] written = this.json.write(original);
        assertThat(this.json.<ObjectStats>read(written, this.json.type(ObjectStats.class))).isEqualTo(original);
    }

    @Test
    void readsTheEntriesOfAListingPage() {
        Page<ObjectStats> page = this.json.read("""
                {"pagination": {"has_more": true, "next_offset": "b", "results": 2, "max_per_page": 2},
                 "results": [{"path": "a", "path_type": "object", "mtime": 1},
                             {"path": "b", "path_type": "object", "mtime": 2}]}
                """.getBytes(StandardCharsets.UTF_8), this.json.pageOf(ObjectStats.class));
        assertThat(page.results()).extracting(ObjectStats::path).containsExactly("a", "b");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void anUnknownPathTypeOrANonObjectIsAnError() {
        assertThatExceptionOfType(JacksonException.class)
            .isThrownBy(() -> read("{\"path\": \"a\", \"path_type\": \"directory\"}"));
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> read("[\"a\"]"));
    }

    private ObjectStats read(String text) {
        return this.json.read(text.getBytes(StandardCharsets.UTF_8), this.json.type(ObjectStats.class));
    }

}
