package dev.lakefs.spring.transaction;

import java.lang.reflect.Method;

import org.aopalliance.aop.Advice;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotationUtils;

/** Applies a {@link LakeFSTransactionInterceptor} to the methods its {@link LakeFSTransactionAttributeSource} finds transactional. */
public class LakeFSTransactionAttributeSourceAdvisor extends AbstractPointcutAdvisor {

    private static final long serialVersionUID = 1L;

    private final transient LakeFSTransactionInterceptor interceptor;

    private final transient Pointcut pointcut;

    public LakeFSTransactionAttributeSourceAdvisor(LakeFSTransactionInterceptor interceptor,
            LakeFSTransactionAttributeSource attributeSource) {
        this.interceptor = interceptor;
        this.pointcut = new TransactionalMethodPointcut(attributeSource);
    }

    @Override
    public Pointcut getPointcut() {
        return this.pointcut;
    }

    @Override
    public Advice getAdvice() {
        return this.interceptor;
    }

    private static final class TransactionalMethodPointcut extends StaticMethodMatcherPointcut {

        private final LakeFSTransactionAttributeSource attributeSource;

        TransactionalMethodPointcut(LakeFSTransactionAttributeSource attributeSource) {
            this.attributeSource = attributeSource;
            setClassFilter(new CandidateClassFilter());
        }

        @Override
        public boolean matches(Method method, @Nullable Class<?> targetClass) {
            return this.attributeSource.isTransactional(method, targetClass);
        }
    }

    private static final class CandidateClassFilter implements ClassFilter {

        @Override
        public boolean matches(Class<?> type) {
            return AnnotationUtils.isCandidateClass(type, LakeFSTransactional.class);
        }
    }
}
