package dev.lakefs.spring.boot.autoconfigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Hides the secrets of the lakeFS configuration wherever it is shown: in {@link LakeFSProperties#toString()} and in
 * the actuator's {@code /actuator/env} and {@code /actuator/configprops}.
 */
public final class LakeFSSecrets {

    /** What a secret is replaced with, as Spring Boot's actuator shows it. */
    public static final String MASK = "******";

    // scheme://user:password@host: the password is whatever lies between the first ':' of the user information and
    // the last '@' before the host, so an unencoded '@' or ':' in it is hidden too
    private static final Pattern URL_PASSWORD = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^:@/]*:)[^/]*@");

    private LakeFSSecrets() {
    }

    /**
     * Returns a URL with the password of its user information, if any, masked: {@code http://user:secret@proxy:3128}
     * becomes {@code http://user:******@proxy:3128}. Values that are not such URLs are returned unchanged.
     * @param url a URL, possibly with credentials
     * @return the URL without its password
     */
    public static @Nullable String maskUrlPassword(@Nullable String url) {
        if (url == null) {
            return null;
        }
        return URL_PASSWORD.matcher(url).replaceFirst((match) -> Matcher.quoteReplacement(match.group(1)) + MASK + "@");
    }

    static @Nullable String mask(@Nullable String secret) {
        return (secret != null) ? MASK : null;
    }

}
