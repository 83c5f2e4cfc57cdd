package dev.lakefs.embedded.versioning;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hash of a tree, kept up to date as entries come and go: the sum, modulo 2<sup>1024</sup>, of a
 * 1024-bit hash of each path with its entry's identity (checksum, size, content type, user metadata; not the
 * address). A sum does not depend on the order of its terms, so the id depends only on the content, and a commit of
 * k changes updates it with 2k hashes whatever the size of the tree, where a Merkle tree would rehash every node it
 * copies and keep a hash in each. Finding two contents with the same sum takes about 2<sup>64</sup> work (Wagner's
 * generalized birthday bound for 1024-bit additive hashes), as for a 128-bit hash.
 * <p>
 * Mutable while a tree is built or derived; a {@link Tree} never changes its own after that.
 */
final class ContentSum {

    private static final int WORDS = 16;

    private final long[] words;

    ContentSum() {
        this(new long[WORDS]);
    }

    private ContentSum(long[] words) {
        this.words = words;
    }

    ContentSum copy() {
        return new ContentSum(this.words.clone());
    }

    void add(String path, Entry entry) {
        long[] term = term(path, entry);
        long carry = 0;
        for (int i = 0; i < WORDS; i++) {
            long sum = this.words[i] + term[i];
            long next = (Long.compareUnsigned(sum, term[i]) < 0) ? 1 : 0;
            long withCarry = sum + carry;
            next |= (Long.compareUnsigned(withCarry, sum) < 0) ? 1 : 0;
            this.words[i] = withCarry;
            carry = next;
        }
    }

    void remove(String path, Entry entry) {
        long[] term = term(path, entry);
        long borrow = 0;
        for (int i = 0; i < WORDS; i++) {
            long difference = this.words[i] - term[i];
            long next = (Long.compareUnsigned(this.words[i], term[i]) < 0) ? 1 : 0;
            long withBorrow = difference - borrow;
            next |= (Long.compareUnsigned(difference, borrow) < 0) ? 1 : 0;
            this.words[i] = withBorrow;
            borrow = next;
        }
    }

    /** SHA-256 of the sum, as 64 hex characters (the length of lakeFS's ids). */
    String id() {
        ByteBuffer bytes = ByteBuffer.allocate(WORDS * Long.BYTES);
        for (long word : this.words) {
            bytes.putLong(word);
        }
        return HexFormat.of().formatHex(Tree.Hashing.sha256().digest(bytes.array()));
    }

    /** SHA-512 of the length-prefixed fields, then SHA-512 of that digest: 1024 bits, least significant word first. */
    private static long[] term(String path, Entry entry) {
        MessageDigest sha512 = sha512();
        Tree.Hashing.update(sha512, path);
        Tree.Hashing.update(sha512, entry.checksum());
        Tree.Hashing.update(sha512, Long.toString(entry.sizeBytes()));
        Tree.Hashing.update(sha512, entry.contentType());
        if (!entry.metadata().isEmpty()) {
            for (Map.Entry<String, String> field : new TreeMap<>(entry.metadata()).entrySet()) {
                Tree.Hashing.update(sha512, field.getKey());
                Tree.Hashing.update(sha512, field.getValue());
            }
        }
        byte[] first = sha512.digest();
        sha512.update(first);
        sha512.update((byte) 1);
        byte[] second = sha512.digest();
        ByteBuffer digests = ByteBuffer.allocate(WORDS * Long.BYTES).put(first).put(second).flip();
        long[] term = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            term[i] = digests.getLong();
        }
        return term;
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-512 is required of every JDK", ex);
        }
    }
}
