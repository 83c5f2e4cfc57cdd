package dev.lakefs.spring.transaction;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The {@link LakeFSTransaction} parameters of one call that the caller left {@code null}: the interceptor fills them
 * with the transaction (on every subscription, for reactive methods).
 */
final class TransactionParameters {

    private static final TransactionParameters NONE = new TransactionParameters(new @Nullable Object[0], new int[0]);

    private final @Nullable Object[] arguments;

    private final int[] indexes;

    private TransactionParameters(@Nullable Object[] arguments, int[] indexes) {
        this.arguments = arguments;
        this.indexes = indexes;
    }

    static TransactionParameters of(Method method, @Nullable Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        int[] indexes = new int[types.length];
        int count = 0;
        for (int i = 0; i < types.length && i < arguments.length; i++) {
            if (types[i] == LakeFSTransaction.class && arguments[i] == null) {
                indexes[count++] = i;
            }
        }
        return (count > 0) ? new TransactionParameters(arguments, Arrays.copyOf(indexes, count)) : NONE;
    }

    void inject(@Nullable LakeFSTransaction transaction) {
        for (int index : this.indexes) {
            this.arguments[index] = transaction;
        }
    }
}
