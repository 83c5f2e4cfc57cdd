package dev.lakefs.spring.transaction;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Names of ephemeral transaction branches: {@code tx-<creation second, base 36>-<10 random hex digits>}, e.g.
 * {@code tx-t4x9qk-3f9a01c2de}. The source branch is left out to stay far below lakeFS's length limits; the creation
 * time is kept so that abandoned branches can be aged without extra requests.
 */
final class TransactionBranchNames {

    static final String PREFIX = "tx-";

    private static final int RADIX = 36;

    private TransactionBranchNames() {
    }

    static String newName(Instant now) {
        long random = ThreadLocalRandom.current().nextLong() >>> 24;
        return PREFIX + Long.toString(now.getEpochSecond(), RADIX) + "-"
                + String.format(Locale.ROOT, "%010x", random);
    }

    /** When the branch named {@code branchId} was created, or {@code null} if it is not a transaction branch. */
    static @Nullable Instant createdAt(String branchId) {
        if (!branchId.startsWith(PREFIX)) {
            return null;
        }
        int end = branchId.indexOf('-', PREFIX.length());
        if (end < 0) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(branchId.substring(PREFIX.length(), end), RADIX));
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
