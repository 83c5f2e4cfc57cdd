package dev.lakefs.spring.transaction;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import dev.lakefs.spring.LakeFSNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionBranchNamesTests {

    @Test
    void namesAreValidShortBranchIdsThatRecordTheirCreationSecond() {
        Instant created = Instant.parse("2026-11-23T21:00:07.250Z");
        String name = TransactionBranchNames.newName(created);
        assertThat(name).startsWith("tx-").matches(LakeFSNames.BRANCH_ID_PATTERN).hasSizeLessThanOrEqualTo(24);
        assertThat(TransactionBranchNames.createdAt(name)).isEqualTo(Instant.parse("2026-11-23T21:00:07Z"));
    }

    @Test
    void namesAreUnique() {
        Instant now = Instant.now();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            names.add(TransactionBranchNames.newName(now));
        }
        assertThat(names).hasSize(10_000);
    }

    @Test
    void otherBranchesHaveNoCreationTime() {
        assertThat(TransactionBranchNames.createdAt("main")).isNull();
        assertThat(TransactionBranchNames.createdAt("tx-")).isNull();
        assertThat(TransactionBranchNames.createdAt("tx-not!base36-1")).isNull();
        assertThat(TransactionBranchNames.createdAt("transaction-123456")).isNull();
    }
}
