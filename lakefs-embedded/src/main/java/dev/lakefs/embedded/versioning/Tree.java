package dev.lakefs.embedded.versioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The committed content of a commit (lakeFS's metarange): an immutable map of path to entry. Its id is the SHA-256
 * of the entries' identities, so two trees with the same objects have the same id whatever their physical addresses.
 */
public final class Tree {

    /** The empty tree; its id is empty, as for lakeFS's first commit. */
    public static final Tree EMPTY = new Tree(new TreeMap<>());

    private final NavigableMap<String, Entry> entries;

    private volatile @Nullable String metaRangeId;

    private Tree(NavigableMap<String, Entry> entries) {
        this.entries = Collections.unmodifiableNavigableMap(entries);
    }

    /** A tree of these entries (copied). */
    public static Tree of(Map<String, Entry> entries) {
        return entries.isEmpty() ? EMPTY : new Tree(new TreeMap<>(entries));
    }

    public @Nullable Entry get(String path) {
        return this.entries.get(path);
    }

    /** The entries, sorted by path, read-only. */
    public NavigableMap<String, Entry> entries() {
        return this.entries;
    }

    /** Applies staged changes: entries identical to the committed ones keep the committed version. */
    public Tree apply(Map<String, StagedEntry> staged) {
        if (staged.isEmpty()) {
            return this;
        }
        TreeMap<String, Entry> result = new TreeMap<>(this.entries);
        staged.forEach((path, change) -> {
            Entry entry = change.entry();
            if (entry == null) {
                result.remove(path);
            }
            else if (!Entry.sameIdentity(result.get(path), entry)) {
                result.put(path, entry);
            }
        });
        return of(result);
    }

    public String metaRangeId() {
        String id = this.metaRangeId;
        if (id == null) {
            id = this.entries.isEmpty() ? "" : digest();
            this.metaRangeId = id;
        }
        return id;
    }

    /** Whether both trees hold the same objects (by identity). */
    public boolean sameContent(Tree other) {
        return metaRangeId().equals(other.metaRangeId());
    }

    private String digest() {
        MessageDigest sha256 = Hashing.sha256();
        this.entries.forEach((path, entry) -> {
            Hashing.update(sha256, path);
            Hashing.update(sha256, entry.checksum());
            Hashing.update(sha256, Long.toString(entry.sizeBytes()));
            Hashing.update(sha256, entry.contentType());
            new TreeMap<>(entry.metadata()).forEach((key, value) -> {
                Hashing.update(sha256, key);
                Hashing.update(sha256, value);
            });
            Hashing.update(sha256, "");
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** SHA-256 over length-prefixed fields, so no two field lists hash alike. */
    static final class Hashing {

        private Hashing() {
        }

        static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("SHA-256 is required of every JDK", ex);
            }
        }

        static void update(MessageDigest digest, String field) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
    }
}
