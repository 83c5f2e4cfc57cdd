package dev.lakefs.spring.transaction;

import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.expression.BeanResolver;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@link LakeFSTransactional} methods in branch transactions, modelled on spring-tx's
 * {@code TransactionInterceptor}: blocking methods within the call, {@code Mono}/{@code Flux} (and other
 * reactive types the {@link ReactiveAdapterRegistry} knows) for the duration of the subscription.
 * <p>
 * A parameter of type {@link LakeFSTransaction} that the caller passes as {@code null} receives the transaction.
 */
public class LakeFSTransactionInterceptor implements MethodInterceptor, BeanFactoryAware {

    private final Supplier<LakeFSTransactionManager> transactionManager;

    private final LakeFSTransactionAttributeSource attributeSource;

    private final ReactiveAdapterRegistry reactiveAdapters = ReactiveAdapterRegistry.getSharedInstance();

    private @Nullable String defaultRepository;

    private @Nullable BeanResolver beanResolver;

    /**
     * An interceptor that runs transactions through the manager {@code transactionManager} supplies (asked on first
     * use, so that the interceptor can be created before the manager).
     */
    public LakeFSTransactionInterceptor(Supplier<LakeFSTransactionManager> transactionManager,
            LakeFSTransactionAttributeSource attributeSource) {
        this.transactionManager = transactionManager;
        this.attributeSource = attributeSource;
    }

    /** The repository of annotations that name none. */
    public void setDefaultRepository(@Nullable String defaultRepository) {
        this.defaultRepository = defaultRepository;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanResolver = new BeanFactoryResolver(beanFactory);
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        Object target = invocation.getThis();
        Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target) : null;
        TransactionAttribute attribute = this.attributeSource.getTransactionAttribute(method, targetClass);
        if (attribute == null) {
            return invocation.proceed();
        }
        TransactionDefinition definition = attribute.resolve(AopUtils.getMostSpecificMethod(method, targetClass),
                invocation.getArguments(), target, this.defaultRepository, this.beanResolver);
        TransactionParameters parameters = TransactionParameters.of(method, invocation.getArguments());
        Class<?> returnType = method.getReturnType();
        LakeFSTransactionManager manager = this.transactionManager.get();
        if (CompletionStage.class.isAssignableFrom(returnType) || Future.class.isAssignableFrom(returnType)) {
            throw new IllegalStateException("@LakeFSTransactional cannot span the completion of a " + returnType.getName()
                    + " returned by " + method + ": return Mono or Flux");
        }
        if (Mono.class.isAssignableFrom(returnType)) {
            return manager.invokeMono(definition, (transaction) -> proceedReactive(invocation, parameters, transaction));
        }
        ReactiveAdapter adapter = this.reactiveAdapters.getAdapter(returnType);
        if (adapter != null) {
            Flux<Object> flux = manager.invokeFlux(definition,
                    (transaction) -> proceedReactive(invocation, parameters, transaction));
            return returnType.isInstance(flux) ? flux : adapter.fromPublisher(flux);
        }
        return manager.invoke(definition, (transaction) -> {
            parameters.inject(transaction);
            return invocation.proceed();
        });
    }

    private Publisher<Object> proceedReactive(MethodInvocation invocation, TransactionParameters parameters,
            @Nullable LakeFSTransaction transaction) {
        parameters.inject(transaction);
        Object result;
        try {
            result = invocation.proceed();
        }
        catch (Throwable ex) {
            return Flux.error(ex);
        }
        if (result == null) {
            return Mono.empty();
        }
        if (result instanceof Publisher<?> publisher) {
            @SuppressWarnings("unchecked")
            Publisher<Object> typed = (Publisher<Object>) publisher;
            return typed;
        }
        ReactiveAdapter adapter = this.reactiveAdapters.getAdapter(result.getClass());
        if (adapter == null) {
            return Flux.error(new IllegalStateException("Cannot adapt " + result.getClass() + " to a Publisher"));
        }
        return adapter.toPublisher(result);
    }
}
