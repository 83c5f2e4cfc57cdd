package dev.lakefs.spring.transaction;

/**
 * The propagation asked for cannot be honoured: {@link Propagation#MANDATORY} without an open transaction, or
 * {@link Propagation#NEVER} with one.
 */
public class IllegalTransactionStateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public IllegalTransactionStateException(String message) {
        super(message);
    }
}
