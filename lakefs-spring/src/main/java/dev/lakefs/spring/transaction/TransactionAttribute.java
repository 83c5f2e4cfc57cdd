package dev.lakefs.spring.transaction;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import dev.lakefs.spring.client.model.MergeStrategy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.expression.BeanResolver;
import org.springframework.expression.EvaluationContext;
import org.springframework.util.function.SingletonSupplier;

/**
 * A parsed {@link LakeFSTransactional}: placeholders resolved, SpEL templates compiled. {@link #resolve} turns it into
 * the {@link TransactionDefinition} of one call.
 */
public final class TransactionAttribute {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private final AttributeValue repository;

    private final AttributeValue branch;

    private final AttributeValue commitMessage;

    private final List<MetadataEntry> metadata;

    private final AttributeValue tag;

    private final AttributeValue strategy;

    private final TransactionOptions staticOptions;

    private TransactionAttribute(AttributeValue repository, AttributeValue branch, AttributeValue commitMessage,
            List<MetadataEntry> metadata, AttributeValue tag, AttributeValue strategy, TransactionOptions staticOptions) {
        this.repository = repository;
        this.branch = branch;
        this.commitMessage = commitMessage;
        this.metadata = metadata;
        this.tag = tag;
        this.strategy = strategy;
        this.staticOptions = staticOptions;
    }

    /** Parses {@code annotation}, resolving property placeholders in its strings with {@code placeholders}. */
    static TransactionAttribute parse(LakeFSTransactional annotation, UnaryOperator<String> placeholders) {
        List<MetadataEntry> metadata = new ArrayList<>();
        for (String entry : annotation.metadata()) {
            metadata.add(MetadataEntry.parse(entry, placeholders));
        }
        TransactionOptions options = TransactionOptions.defaults()
            .withSquash(annotation.squash())
            .withPropagation(annotation.propagation())
            .withDeleteBranchOnFailure(annotation.deleteBranchOnFailure())
            .withRollbackRules(rollbackRules(annotation));
        return new TransactionAttribute(value(annotation.repository(), placeholders),
                value(annotation.branch(), placeholders), value(annotation.commitMessage(), placeholders),
                List.copyOf(metadata), value(annotation.tag(), placeholders),
                value(annotation.strategy(), placeholders), options);
    }

    private static RollbackRules rollbackRules(LakeFSTransactional annotation) {
        List<RollbackRule> rules = new ArrayList<>();
        for (Class<? extends Throwable> type : annotation.rollbackFor()) {
            rules.add(RollbackRule.rollbackOn(type));
        }
        for (String name : annotation.rollbackForClassName()) {
            rules.add(RollbackRule.rollbackOn(name));
        }
        for (Class<? extends Throwable> type : annotation.noRollbackFor()) {
            rules.add(RollbackRule.noRollbackOn(type));
        }
        for (String name : annotation.noRollbackForClassName()) {
            rules.add(RollbackRule.noRollbackOn(name));
        }
        return new RollbackRules(rules);
    }

    private static AttributeValue value(String raw, UnaryOperator<String> placeholders) {
        return AttributeValue.parse(placeholders.apply(raw));
    }

    /**
     * Whether the annotation names its repository (a literal or a {@code #{…}} expression), so that it needs no
     * default repository.
     */
    public boolean namesRepository() {
        return this.repository.isExpression() || !this.repository.toString().isEmpty();
    }

    /** The options that do not depend on the call (propagation, rollback rules, merge settings). */
    public TransactionOptions staticOptions() {
        return this.staticOptions;
    }

    /**
     * The definition for one call of {@code method} with {@code arguments} on {@code target}.
     * @param defaultRepository used when the annotation names no repository
     * @param beanResolver resolves {@code @beanName} in expressions, or {@code null}
     * @throws IllegalStateException when no repository is known
     */
    public TransactionDefinition resolve(Method method, @Nullable Object[] arguments, @Nullable Object target,
            @Nullable String defaultRepository, @Nullable BeanResolver beanResolver) {
        Supplier<EvaluationContext> context = SingletonSupplier
            .of(() -> evaluationContext(method, arguments, target, beanResolver));
        String repositoryId = this.repository.value(context);
        if (repositoryId.isEmpty()) {
            repositoryId = defaultRepository;
        }
        if (repositoryId == null || repositoryId.isEmpty()) {
            throw new IllegalStateException("@LakeFSTransactional on " + method
                    + " names no repository and no default repository is configured");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (MetadataEntry entry : this.metadata) {
            metadata.put(entry.key().value(context), entry.value().value(context));
        }
        TransactionOptions options = this.staticOptions.withCommitMessage(this.commitMessage.value(context))
            .withMetadata(metadata)
            .withTag(this.tag.value(context))
            .withStrategy(mergeStrategy(this.strategy.value(context)));
        return new TransactionDefinition(repositoryId, this.branch.value(context), options);
    }

    static @Nullable MergeStrategy mergeStrategy(String value) {
        if (value.isEmpty()) {
            return null;
        }
        for (MergeStrategy candidate : MergeStrategy.values()) {
            if (candidate.name().replace('_', '-').equalsIgnoreCase(value)
                    || candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(
                "Unknown merge strategy '" + value + "': use dest-wins, source-wins or leave it empty");
    }

    private static EvaluationContext evaluationContext(Method method, @Nullable Object[] arguments,
            @Nullable Object target, @Nullable BeanResolver beanResolver) {
        MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(
                new ExpressionRoot(method, arguments, target), method, arguments, PARAMETER_NAMES);
        if (beanResolver != null) {
            context.setBeanResolver(beanResolver);
        }
        return context;
    }

    @Override
    public String toString() {
        return "TransactionAttribute[repository=" + this.repository + ", branch=" + this.branch + ", options="
                + this.staticOptions + "]";
    }

    /**
     * The root object of attribute expressions.
     *
     * @param method the called method
     * @param args its arguments
     * @param target the object it was called on
     */
    public record ExpressionRoot(Method method, @Nullable Object[] args, @Nullable Object target) {
    }

    private record MetadataEntry(AttributeValue key, AttributeValue value) {

        static MetadataEntry parse(String entry, UnaryOperator<String> placeholders) {
            int separator = entry.indexOf('=');
            if (separator <= 0) {
                throw new IllegalArgumentException(
                        "@LakeFSTransactional metadata entries must look like key=value, got '" + entry + "'");
            }
            return new MetadataEntry(TransactionAttribute.value(entry.substring(0, separator).trim(), placeholders),
                    TransactionAttribute.value(entry.substring(separator + 1).trim(), placeholders));
        }
    }
}
