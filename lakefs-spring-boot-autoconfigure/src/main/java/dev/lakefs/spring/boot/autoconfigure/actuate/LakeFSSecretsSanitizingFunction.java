package dev.lakefs.spring.boot.autoconfigure.actuate;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks lakeFS secrets ({@code lakefs.secret-access-key}, {@code lakefs.proxy.password} and the environment variable
 * {@code LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY}) in {@code /actuator/configprops} and {@code /actuator/env}, even when
 * those endpoints are set to show values.
 */
public class LakeFSSecretsSanitizingFunction implements SanitizingFunction {

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        // Compare in a form independent of the spelling: lakefs.secret-access-key, lakefs.secretAccessKey, LAKECTL_...
        String canonical = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        boolean ours = canonical.startsWith("lakefs") || canonical.startsWith("lakectl");
        return ours && (canonical.endsWith("secretaccesskey") || canonical.endsWith("proxypassword"));
    }

}
