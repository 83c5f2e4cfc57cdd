package dev.lakefs.spring.transaction;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * One string attribute of {@link LakeFSTransactional}: a literal, or a SpEL template ({@code #{…}}) parsed once and
 * evaluated per call.
 */
final class AttributeValue {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private static final String TEMPLATE_PREFIX = ParserContext.TEMPLATE_EXPRESSION.getExpressionPrefix();

    private final String source;

    private final @Nullable Expression expression;

    private AttributeValue(String source, @Nullable Expression expression) {
        this.source = source;
        this.expression = expression;
    }

    /** Parses {@code source} (placeholders already resolved). */
    static AttributeValue parse(String source) {
        if (!source.contains(TEMPLATE_PREFIX)) {
            return new AttributeValue(source, null);
        }
        return new AttributeValue(source, PARSER.parseExpression(source, ParserContext.TEMPLATE_EXPRESSION));
    }

    boolean isExpression() {
        return this.expression != null;
    }

    /** The value for one call; {@code context} is only asked for when this is an expression. */
    String value(Supplier<EvaluationContext> context) {
        if (this.expression == null) {
            return this.source;
        }
        Object value = this.expression.getValue(context.get());
        return (value != null) ? value.toString() : "";
    }

    @Override
    public String toString() {
        return this.source;
    }
}
