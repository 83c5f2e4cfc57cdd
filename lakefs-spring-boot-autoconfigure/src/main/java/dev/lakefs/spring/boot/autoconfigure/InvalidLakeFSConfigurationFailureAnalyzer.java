package dev.lakefs.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * Reports an {@link InvalidLakeFSConfigurationException}: the setting at fault, where it was set (when it is a
 * property), what is wrong and what to do.
 */
class InvalidLakeFSConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLakeFSConfigurationException> {

    private final @Nullable Environment environment;

    InvalidLakeFSConfigurationFailureAnalyzer(@Nullable Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidLakeFSConfigurationException cause) {
        StringBuilder description = new StringBuilder("The lakeFS configuration is invalid.\n\n");
        description.append("    Setting: ").append(cause.getSetting()).append('\n');
        Origin origin = originOf(cause.getSetting());
        if (origin != null) {
            description.append("    Origin: ").append(origin).append('\n');
        }
        description.append("    Problem: ").append(cause.getMessage());
        return new FailureAnalysis(description.toString(), cause.getAction(), cause);
    }

    private @Nullable Origin originOf(String setting) {
        if (this.environment == null || !ConfigurationPropertyName.isValid(setting)) {
            return null;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.of(setting);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
            ConfigurationProperty property = source.getConfigurationProperty(name);
            if (property != null) {
                return property.getOrigin();
            }
        }
        return null;
    }

}
