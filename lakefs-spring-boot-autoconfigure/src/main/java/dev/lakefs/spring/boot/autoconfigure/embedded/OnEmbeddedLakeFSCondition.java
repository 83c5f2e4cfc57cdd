package dev.lakefs.spring.boot.autoconfigure.embedded;

import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakectlConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakectlConfigurationLoader;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded server should start: {@code lakefs.embedded.enabled=true}, or, when that property is
 * unset, when no endpoint is configured ({@code lakefs.endpoint} and lakectl's configuration are both absent).
 */
class OnEmbeddedLakeFSCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionMessage.Builder message = ConditionMessage.forCondition("Embedded lakeFS");
        Environment environment = context.getEnvironment();
        String enabled = environment.getProperty("lakefs.embedded.enabled");
        if (StringUtils.hasText(enabled)) {
            return Boolean.parseBoolean(enabled.trim()) ? ConditionOutcome.match(message.because("enabled"))
                    : ConditionOutcome.noMatch(message.because("disabled"));
        }
        if (StringUtils.hasText(environment.getProperty("lakefs.endpoint"))) {
            return ConditionOutcome.noMatch(message.because("lakefs.endpoint is set"));
        }
        try {
            LakectlConfiguration lakectl = LakectlConfigurationLoader.from(environment).load();
            if (lakectl != null) {
                return ConditionOutcome.noMatch(message.because("a lakectl configuration was found in "
                        + lakectl.source()));
            }
        }
        catch (InvalidLakeFSConfigurationException ex) {
            // Leave the report to the connection details, which fail with a proper analysis.
            return ConditionOutcome.noMatch(message.because("the lakectl configuration is invalid"));
        }
        return ConditionOutcome.match(message.because("no lakeFS endpoint is configured"));
    }

}
