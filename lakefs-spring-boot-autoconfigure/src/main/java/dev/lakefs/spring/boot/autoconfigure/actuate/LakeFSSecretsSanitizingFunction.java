package dev.lakefs.spring.boot.autoconfigure.actuate;

import java.util.Locale;

import dev.lakefs.spring.boot.autoconfigure.LakeFSSecrets;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks lakeFS secrets ({@code lakefs.secret-access-key}, {@code lakefs.proxy.password} and the environment variable
 * {@code LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY}) in {@code /actuator/configprops} and {@code /actuator/env}, even when
 * those endpoints are set to show values; {@code lakefs.proxy.url} is shown with the password of its user information
 * masked ({@code http://user:******@proxy:3128}).
 */
public class LakeFSSecretsSanitizingFunction implements SanitizingFunction {

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (isSecret(data.getKey())) {
            return data.withSanitizedValue();
        }
        if (isUrlWithCredentials(data.getKey()) && data.getValue() instanceof CharSequence url) {
            return data.withValue(LakeFSSecrets.maskUrlPassword(url.toString()));
        }
        return data;
    }

    static boolean isSecret(String key) {
        String canonical = canonical(key);
        return isOurs(canonical) && (canonical.endsWith("secretaccesskey") || canonical.endsWith("proxypassword"));
    }

    static boolean isUrlWithCredentials(String key) {
        String canonical = canonical(key);
        return isOurs(canonical) && canonical.endsWith("proxyurl");
    }

    private static String canonical(String key) {
        // a form independent of the spelling: lakefs.secret-access-key, lakefs.secretAccessKey, LAKECTL_...
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean isOurs(String canonical) {
        return canonical.startsWith("lakefs") || canonical.startsWith("lakectl");
    }

}
