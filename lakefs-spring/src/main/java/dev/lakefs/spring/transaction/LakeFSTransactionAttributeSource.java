package dev.lakefs.spring.transaction;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Finds the {@link LakeFSTransactional} that applies to a method called on a target class, in spring-tx's order: the
 * most specific method (the implementation behind an interface method), then its class, then the invoked method (an
 * interface method) and its interface. Annotations are searched on superclasses and interfaces too. Results are cached.
 */
public final class LakeFSTransactionAttributeSource {

    private final UnaryOperator<String> placeholders;

    private final Map<MethodClassKey, Optional<TransactionAttribute>> cache = new ConcurrentHashMap<>();

    /** A source that leaves {@code ${…}} placeholders as they are. */
    public LakeFSTransactionAttributeSource() {
        this(UnaryOperator.identity());
    }

    /** A source that resolves {@code ${…}} placeholders with {@code placeholders} when it parses an annotation. */
    public LakeFSTransactionAttributeSource(UnaryOperator<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** The attribute for {@code method} called on {@code targetClass}, or {@code null} when it is not transactional. */
    public @Nullable TransactionAttribute getTransactionAttribute(Method method, @Nullable Class<?> targetClass) {
        if (method.getDeclaringClass() == Object.class) {
            return null;
        }
        return this.cache.computeIfAbsent(new MethodClassKey(method, targetClass),
                (key) -> Optional.ofNullable(find(method, targetClass)))
            .orElse(null);
    }

    /** Whether {@code method} called on {@code targetClass} is transactional. */
    public boolean isTransactional(Method method, @Nullable Class<?> targetClass) {
        return getTransactionAttribute(method, targetClass) != null;
    }

    private @Nullable TransactionAttribute find(Method method, @Nullable Class<?> targetClass) {
        if (Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        Method specificMethod = AopUtils.getMostSpecificMethod(method, targetClass);
        LakeFSTransactional annotation = AnnotatedElementUtils.findMergedAnnotation(specificMethod,
                LakeFSTransactional.class);
        if (annotation == null) {
            annotation = typeLevel(specificMethod.getDeclaringClass(), targetClass);
        }
        if (annotation == null && specificMethod != method) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(method, LakeFSTransactional.class);
            if (annotation == null) {
                annotation = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(),
                        LakeFSTransactional.class);
            }
        }
        return (annotation != null) ? TransactionAttribute.parse(annotation, this.placeholders) : null;
    }

    private static @Nullable LakeFSTransactional typeLevel(Class<?> declaringClass, @Nullable Class<?> targetClass) {
        LakeFSTransactional annotation = AnnotatedElementUtils.findMergedAnnotation(declaringClass,
                LakeFSTransactional.class);
        if (annotation == null && targetClass != null && targetClass != declaringClass) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(targetClass, LakeFSTransactional.class);
        }
        return annotation;
    }
}
