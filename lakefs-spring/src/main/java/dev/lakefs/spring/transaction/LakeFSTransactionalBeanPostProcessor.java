package dev.lakefs.spring.transaction;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * Proxies beans with {@link LakeFSTransactional} methods (JDK proxies for interfaces, or CGLIB with
 * {@code proxyTargetClass}), in the style of Framework 7's {@code RetryAnnotationBeanPostProcessor}: no auto-proxy
 * creator and no AspectJ needed. The {@link LakeFSTransactionManager} bean is looked up on the first transactional
 * call, so this post-processor does not initialise the client early.
 * <p>
 * Ordering: advising post-processors add their advisor in front of those already on the proxy, so the one that runs
 * last ends up outermost. This one runs at {@link #DEFAULT_ORDER}, before Framework 7's retry post-processor
 * ({@code @EnableResilientMethods} uses {@code LOWEST_PRECEDENCE - 1}), so that {@code @Retryable} wraps the
 * transaction and every attempt runs in a fresh branch.
 */
public class LakeFSTransactionalBeanPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    private static final long serialVersionUID = 1L;

    /** The default order: just before Framework 7's resilience post-processors. */
    public static final int DEFAULT_ORDER = Ordered.LOWEST_PRECEDENCE - 2;

    private @Nullable String defaultRepository;

    private transient @Nullable LakeFSTransactionInterceptor interceptor;

    public LakeFSTransactionalBeanPostProcessor() {
        setBeforeExistingAdvisors(true);
        setOrder(DEFAULT_ORDER);
    }

    /** The repository of annotations that name none. */
    public void setDefaultRepository(@Nullable String defaultRepository) {
        this.defaultRepository = defaultRepository;
        if (this.interceptor != null) {
            this.interceptor.setDefaultRepository(defaultRepository);
        }
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        UnaryOperator<String> placeholders = (beanFactory instanceof ConfigurableBeanFactory configurable)
                ? (value) -> {
                    String resolved = configurable.resolveEmbeddedValue(value);
                    return (resolved != null) ? resolved : value;
                } : UnaryOperator.identity();
        LakeFSTransactionAttributeSource attributeSource = new LakeFSTransactionAttributeSource(placeholders);
        LakeFSTransactionInterceptor interceptor = new LakeFSTransactionInterceptor(
                SingletonSupplier.of(() -> beanFactory.getBean(LakeFSTransactionManager.class)), attributeSource);
        interceptor.setDefaultRepository(this.defaultRepository);
        interceptor.setBeanFactory(beanFactory);
        this.interceptor = interceptor;
        this.advisor = new LakeFSTransactionAttributeSourceAdvisor(interceptor, attributeSource);
    }
}
