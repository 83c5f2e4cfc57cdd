package dev.lakefs.spring.transaction;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The transactions open in this process. */
final class TransactionRegistry {

    private final Map<String, ActiveTransaction> open = new ConcurrentHashMap<>();

    private final Clock clock;

    TransactionRegistry(Clock clock) {
        this.clock = clock;
    }

    void register(ActiveTransaction transaction) {
        this.open.put(transaction.id(), transaction);
    }

    void unregister(ActiveTransaction transaction) {
        this.open.remove(transaction.id());
    }

    boolean isOpen(String transactionId) {
        return this.open.containsKey(transactionId);
    }

    List<OpenTransaction> openTransactions() {
        return this.open.values()
            .stream()
            .sorted(Comparator.comparing(ActiveTransaction::startedAt))
            .map((transaction) -> new OpenTransaction(transaction.id(), transaction.repositoryId(),
                    transaction.sourceBranchId(), transaction.branchId(), transaction.startedAt(),
                    Duration.between(transaction.startedAt(), this.clock.instant())))
            .toList();
    }
}
