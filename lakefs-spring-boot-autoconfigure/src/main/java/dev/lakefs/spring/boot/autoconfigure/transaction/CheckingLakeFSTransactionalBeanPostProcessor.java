package dev.lakefs.spring.boot.autoconfigure.transaction;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.transaction.LakeFSTransactionAttributeSource;
import dev.lakefs.spring.transaction.LakeFSTransactionalBeanPostProcessor;
import dev.lakefs.spring.transaction.TransactionAttribute;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * The {@link LakeFSTransactionalBeanPostProcessor} of the auto-configuration, which also fails startup when a
 * {@code @LakeFSTransactional} method names no repository and {@code lakefs.transaction.default-repository} is
 * unset, rather than at the method's first call. Only the beans the post-processor proxies anyway are inspected.
 */
final class CheckingLakeFSTransactionalBeanPostProcessor extends LakeFSTransactionalBeanPostProcessor {

    private static final long serialVersionUID = 1L;

    static final String DEFAULT_REPOSITORY_PROPERTY = "lakefs.transaction.default-repository";

    private @Nullable String defaultRepository;

    private transient @Nullable LakeFSTransactionAttributeSource attributeSource;

    @Override
    public void setDefaultRepository(@Nullable String defaultRepository) {
        super.setDefaultRepository(defaultRepository);
        this.defaultRepository = defaultRepository;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        // The same placeholders as the interceptor's, so that repository = "${...}" counts as naming one.
        this.attributeSource = (beanFactory instanceof ConfigurableBeanFactory configurable)
                ? new LakeFSTransactionAttributeSource((value) -> {
                    String resolved = configurable.resolveEmbeddedValue(value);
                    return (resolved != null) ? resolved : value;
                }) : new LakeFSTransactionAttributeSource();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!StringUtils.hasText(this.defaultRepository) && this.attributeSource != null
                && isEligible(bean, beanName)) {
            requireRepositories(ClassUtils.getUserClass(AopUtils.getTargetClass(bean)), beanName,
                    this.attributeSource);
        }
        return super.postProcessAfterInitialization(bean, beanName);
    }

    private static void requireRepositories(Class<?> type, String beanName,
            LakeFSTransactionAttributeSource attributeSource) {
        List<String> methods = new ArrayList<>();
        for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
            TransactionAttribute attribute = attributeSource.getTransactionAttribute(method, type);
            if (attribute != null && !attribute.namesRepository()) {
                methods.add(describe(type, method));
            }
        }
        if (!methods.isEmpty()) {
            throw new InvalidLakeFSConfigurationException(DEFAULT_REPOSITORY_PROPERTY,
                    "@LakeFSTransactional on " + String.join(", ", methods) + " (bean '" + beanName
                            + "') names no repository, and " + DEFAULT_REPOSITORY_PROPERTY
                            + " is not set, so no call could run.",
                    "Set " + DEFAULT_REPOSITORY_PROPERTY + " to the repository of @LakeFSTransactional methods "
                            + "that name none, or name it on the annotation: @LakeFSTransactional(repository = "
                            + "\"my-repo\").");
        }
    }

    /** {@code com.example.Loader.load(String)}: the class as the user wrote it, the parameters short. */
    private static String describe(Class<?> type, Method method) {
        return type.getName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
    }

}
