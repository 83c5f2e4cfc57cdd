package dev.lakefs.spring.transaction;

import java.util.ArrayList;
import java.util.List;

import dev.lakefs.spring.client.model.Commit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PropagationTests extends EmbeddedLakeFSTestSupport {

    private LakeFSTransactionTemplate with(Propagation propagation) {
        return template(TransactionOptions.defaults().withPropagation(propagation));
    }

    @Test
    void requiredJoinsTheOpenTransaction() {
        String before = head("main");
        template().executeWithoutResult((outer) -> {
            main().object("outer").upload("o");
            with(Propagation.REQUIRED).executeWithoutResult((inner) -> {
                assertThat(inner).isSameAs(outer);
                assertThat(main().object("outer").readString()).isEqualTo("o");
                main().object("inner").upload("i");
            });
            assertThat(this.manager.openTransactions()).hasSize(1);
        });
        assertThat(read("main", "outer")).isEqualTo("o");
        assertThat(read("main", "inner")).isEqualTo("i");
        Commit merge = commit(head("main"));
        assertThat(merge.parents()).first().isEqualTo(before);
    }

    @Test
    void requiredOnAnotherBranchOpensASeparateTransaction() {
        branch("dev").create("main");
        template().executeWithoutResult((outer) -> new LakeFSTransactionTemplate(this.manager, this.repository, "dev")
            .executeWithoutResult((inner) -> {
                assertThat(inner.id()).isNotEqualTo(outer.id());
                branch("dev").object("d").upload("d");
            }));
        assertThat(read("dev", "d")).isEqualTo("d");
        assertThat(exists("main", "d")).isFalse();
    }

    @Test
    void failureOfAJoinedScopeRollsBackTheWholeTransaction() {
        String before = head("main");
        assertThatExceptionOfType(UnexpectedRollbackException.class).isThrownBy(() -> template().executeWithoutResult((outer) -> {
            main().object("outer").upload("o");
            try {
                with(Propagation.REQUIRED).executeWithoutResult((inner) -> {
                    throw new IllegalStateException("inner failed");
                });
            }
            catch (IllegalStateException swallowed) {
                assertThat(outer.isRollbackOnly()).isTrue();
            }
        }));
        assertThat(head("main")).isEqualTo(before);
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void requiresNewCommitsIndependentlyAndDoesNotSeeTheOuterWrites() {
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> template().executeWithoutResult((outer) -> {
            main().object("outer").upload("o");
            with(Propagation.REQUIRES_NEW).executeWithoutResult((inner) -> {
                assertThat(inner.id()).isNotEqualTo(outer.id());
                assertThat(main().object("outer").exists()).isFalse();
                main().object("audit").upload("a");
            });
            assertThat(LakeFSTransactions.current()).isSameAs(outer);
            assertThat(main().object("outer").exists()).as("outer resumed").isTrue();
            throw new IllegalStateException("outer fails after the inner committed");
        }));
        assertThat(read("main", "audit")).isEqualTo("a");
        assertThat(exists("main", "outer")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void nestedSeesTheParentsWritesAndMergesIntoTheParent() {
        List<String> ids = new ArrayList<>();
        template().executeWithoutResult((outer) -> {
            main().object("outer").upload("o");
            with(Propagation.NESTED).executeWithoutResult((nested) -> {
                ids.add(nested.id());
                assertThat(nested.parent()).isSameAs(outer);
                assertThat(main().object("outer").readString()).isEqualTo("o");
                main().object("nested").upload("n");
            });
            assertThat(main().object("nested").readString()).isEqualTo("n");
            assertThat(exists("main", "nested")).as("not in the source before the outer commits").isFalse();
        });
        assertThat(read("main", "outer")).isEqualTo("o");
        assertThat(read("main", "nested")).isEqualTo("n");
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void failedNestedTransactionRollsBackOnlyItsOwnWrites() {
        template().executeWithoutResult((outer) -> {
            main().object("outer").upload("o");
            assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> with(Propagation.NESTED).executeWithoutResult((nested) -> {
                    main().object("nested").upload("n");
                    main().object("outer").upload("overwritten by nested");
                    throw new IllegalStateException("nested failed");
                }));
            assertThat(outer.isRollbackOnly()).isFalse();
            assertThat(main().object("nested").exists()).isFalse();
            assertThat(main().object("outer").readString()).isEqualTo("o");
            main().object("after").upload("a");
        });
        assertThat(read("main", "outer")).isEqualTo("o");
        assertThat(read("main", "after")).isEqualTo("a");
        assertThat(exists("main", "nested")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void nestedWithoutAnOpenTransactionBehavesLikeRequired() {
        with(Propagation.NESTED).executeWithoutResult((tx) -> {
            assertThat(tx.parent()).isNull();
            main().object("n").upload("n");
        });
        assertThat(read("main", "n")).isEqualTo("n");
    }

    @Test
    void mandatoryJoinsOrFails() {
        assertThatExceptionOfType(IllegalTransactionStateException.class)
            .isThrownBy(() -> with(Propagation.MANDATORY).execute((tx) -> "never"))
            .withMessageContaining("MANDATORY");
        template().executeWithoutResult((outer) -> with(Propagation.MANDATORY)
            .executeWithoutResult((inner) -> assertThat(inner).isSameAs(outer)));
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void neverIsRejectedProgrammatically() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(Propagation.NEVER).execute((tx) -> "never"));
    }
}
