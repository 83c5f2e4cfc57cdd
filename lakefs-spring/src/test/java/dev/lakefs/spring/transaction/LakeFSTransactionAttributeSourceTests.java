package dev.lakefs.spring.transaction;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;

import dev.lakefs.spring.client.model.MergeStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LakeFSTransactionAttributeSourceTests {

    private final LakeFSTransactionAttributeSource source = new LakeFSTransactionAttributeSource(
            (value) -> value.replace("${repo}", "from-properties"));

    @Test
    void methodAnnotationWinsOverTypeAnnotation() {
        TransactionDefinition definition = resolve(AnnotatedType.class, "annotatedMethod");
        assertThat(definition.repository()).isEqualTo("method-repo");
        assertThat(definition.options().propagation()).isEqualTo(Propagation.REQUIRES_NEW);
    }

    @Test
    void typeAnnotationAppliesToUnannotatedMethods() {
        TransactionDefinition definition = resolve(AnnotatedType.class, "plainMethod");
        assertThat(definition.repository()).isEqualTo("type-repo");
        assertThat(definition.branch()).isEqualTo("main");
    }

    @Test
    void objectMethodsAndUnannotatedTypesAreNotTransactional() throws Exception {
        assertThat(this.source.getTransactionAttribute(Object.class.getMethod("toString"), AnnotatedType.class))
            .isNull();
        assertThat(this.source.getTransactionAttribute(method(Plain.class, "work"), Plain.class)).isNull();
    }

    @Test
    void interfaceMethodAnnotationAppliesToTheImplementation() throws Exception {
        Method interfaceMethod = method(Service.class, "load", String.class);
        TransactionAttribute attribute = this.source.getTransactionAttribute(interfaceMethod, ServiceImpl.class);
        assertThat(attribute).isNotNull();
        TransactionDefinition definition = attribute.resolve(method(ServiceImpl.class, "load", String.class),
                new Object[] { "d" }, null, null, null);
        assertThat(definition.repository()).isEqualTo("interface-repo");
    }

    @Test
    void implementationAnnotationWinsOverInterfaceAnnotation() throws Exception {
        TransactionAttribute attribute = this.source.getTransactionAttribute(method(Service.class, "store"),
                ServiceImpl.class);
        assertThat(attribute).isNotNull();
        assertThat(attribute.resolve(method(ServiceImpl.class, "store"), new Object[0], null, null, null).branch())
            .isEqualTo("impl-branch");
    }

    @Test
    void attributesAreCachedPerMethodAndTargetClass() throws Exception {
        Method method = method(AnnotatedType.class, "plainMethod");
        assertThat(this.source.getTransactionAttribute(method, AnnotatedType.class))
            .isSameAs(this.source.getTransactionAttribute(method, AnnotatedType.class));
    }

    @Test
    void placeholdersAreResolved() {
        assertThat(resolve(Expressions.class, "placeholder").repository()).isEqualTo("from-properties");
    }

    @Test
    void spelTemplatesSeeArgumentsByNameAndPosition() throws Exception {
        Method method = method(Expressions.class, "spel", String.class, int.class);
        TransactionDefinition definition = this.source.getTransactionAttribute(method, Expressions.class)
            .resolve(method, new Object[] { "sales", 7 }, new Expressions(), null, null);
        assertThat(definition.repository()).isEqualTo("repo-sales");
        assertThat(definition.branch()).isEqualTo("main");
        assertThat(definition.options().commitMessage()).isEqualTo("Load sales part 7");
        assertThat(definition.options().tag()).isEqualTo("sales-v7");
        assertThat(definition.options().metadata()).containsExactlyInAnyOrderEntriesOf(
                Map.of("dataset", "sales", "part", "7", "method", "spel"));
    }

    @Test
    void spelTemplatesCanReferToBeans() throws Exception {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerSingleton("naming", new Naming());
        Method method = method(Expressions.class, "bean");
        TransactionDefinition definition = this.source.getTransactionAttribute(method, Expressions.class)
            .resolve(method, new Object[0], null, null, new BeanFactoryResolver(beanFactory));
        assertThat(definition.repository()).isEqualTo("bean-repo");
    }

    @Test
    void everyStaticAttributeIsParsed() {
        TransactionOptions options = resolve(Everything.class, "everything").options();
        assertThat(options.squash()).isTrue();
        assertThat(options.strategy()).isEqualTo(MergeStrategy.SOURCE_WINS);
        assertThat(options.propagation()).isEqualTo(Propagation.NESTED);
        assertThat(options.deleteBranchOnFailure()).isFalse();
        assertThat(options.rollbackRules().rules()).containsExactly(RollbackRule.rollbackOn(IOException.class),
                RollbackRule.rollbackOn("Timeout"), RollbackRule.noRollbackOn(IllegalArgumentException.class),
                RollbackRule.noRollbackOn("Skip"));
        assertThat(options.commitMessage()).isNull();
        assertThat(options.tag()).isNull();
    }

    @Test
    void emptyRepositoryFallsBackToTheDefault() throws Exception {
        Method method = method(NoRepository.class, "work");
        TransactionAttribute attribute = this.source.getTransactionAttribute(method, NoRepository.class);
        assertThat(attribute.resolve(method, new Object[0], null, "fallback", null).repository())
            .isEqualTo("fallback");
        assertThatIllegalStateException().isThrownBy(() -> attribute.resolve(method, new Object[0], null, null, null))
            .withMessageContaining("names no repository");
    }

    @Test
    void malformedMetadataIsRejected() throws Exception {
        Method method = method(Malformed.class, "work");
        assertThatIllegalArgumentException().isThrownBy(() -> this.source.getTransactionAttribute(method, Malformed.class))
            .withMessageContaining("key=value");
    }

    @Test
    void unknownStrategyIsRejected() throws Exception {
        assertThat(TransactionAttribute.mergeStrategy("dest-wins")).isEqualTo(MergeStrategy.DEST_WINS);
        assertThat(TransactionAttribute.mergeStrategy("SOURCE_WINS")).isEqualTo(MergeStrategy.SOURCE_WINS);
        assertThat(TransactionAttribute.mergeStrategy("")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> TransactionAttribute.mergeStrategy("ours"))
            .withMessageContaining("dest-wins");
    }

    private TransactionDefinition resolve(Class<?> type, String methodName) {
        Method method = ReflectionUtils.findMethod(type, methodName);
        TransactionAttribute attribute = this.source.getTransactionAttribute(method, type);
        assertThat(attribute).as("attribute of %s", method).isNotNull();
        return attribute.resolve(method, new Object[0], null, null, null);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        return type.getMethod(name, parameterTypes);
    }

    @LakeFSTransactional(repository = "type-repo")
    static class AnnotatedType {

        @LakeFSTransactional(repository = "method-repo", propagation = Propagation.REQUIRES_NEW)
        public void annotatedMethod() {
        }

        public void plainMethod() {
        }
    }

    static class Plain {

        public void work() {
        }
    }

    interface Service {

        @LakeFSTransactional(repository = "interface-repo")
        void load(String dataset);

        @LakeFSTransactional(repository = "interface-repo", branch = "interface-branch")
        void store();
    }

    static class ServiceImpl implements Service {

        @Override
        public void load(String dataset) {
        }

        @Override
        @LakeFSTransactional(repository = "interface-repo", branch = "impl-branch")
        public void store() {
        }
    }

    static class Expressions {

        @LakeFSTransactional(repository = "${repo}")
        public void placeholder() {
        }

        @LakeFSTransactional(repository = "repo-#{#dataset}", commitMessage = "Load #{#p0} part #{#a1}",
                tag = "#{#dataset}-v#{#part}",
                metadata = { "dataset=#{#dataset}", "part = #{#p1}", "method=#{method.name}" })
        public void spel(String dataset, int part) {
        }

        @LakeFSTransactional(repository = "#{@naming.repository()}")
        public void bean() {
        }
    }

    static class Naming {

        public String repository() {
            return "bean-repo";
        }
    }

    static class Everything {

        @LakeFSTransactional(repository = "r", squash = true, strategy = "source-wins",
                propagation = Propagation.NESTED, deleteBranchOnFailure = false, rollbackFor = IOException.class,
                rollbackForClassName = "Timeout", noRollbackFor = IllegalArgumentException.class,
                noRollbackForClassName = "Skip")
        public void everything() {
        }
    }

    static class NoRepository {

        @LakeFSTransactional
        public void work() {
        }
    }

    static class Malformed {

        @LakeFSTransactional(repository = "r", metadata = "no-separator")
        public void work() {
        }
    }
}
