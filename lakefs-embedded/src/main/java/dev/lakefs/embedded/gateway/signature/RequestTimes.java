package dev.lakefs.embedded.gateway.signature;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The request time formats lakeFS accepts, and its ±15 minutes clock skew rule ({@code sig.ValidateClockSkew}). */
final class RequestTimes {

    /** {@code AmzMaxClockSkew}. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);

    // Go's time.RFC1123 and RFC1123Z layouts: the weekday must be a day's name but need not be the date's, and a zone
    // abbreviation Go does not know is taken as UTC.
    private static final Pattern RFC1123 = Pattern.compile(
            "(?i:mon|tue|wed|thu|fri|sat|sun), (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) "
                    + "(?:([A-Z]{3,5})|([+-]\\d{4}))");

    private static final Pattern JAVA_TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?Z");

    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec" };

    private RequestTimes() {
    }

    /** An ISO 8601 basic timestamp ({@code 20060102T150405Z}), or null. */
    static @Nullable Instant parseAmzDate(String text) {
        try {
            return LocalDateTime.parse(text, AMZ_DATE).toInstant(ZoneOffset.UTC);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** A credential scope date ({@code 20060102}), or null. */
    static @Nullable LocalDate parseShortDate(String text) {
        try {
            return LocalDate.parse(text, SHORT_DATE);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** A SigV2 date: RFC 1123, RFC 1123 with a numeric zone, or ISO 8601 basic ({@code sig.parseRequestTime}). */
    static @Nullable Instant parseSigV2Date(String text) {
        Matcher matcher = RFC1123.matcher(text);
        if (matcher.matches()) {
            int month = monthNumber(matcher.group(2));
            ZoneOffset offset = ZoneOffset.UTC;
            if (matcher.group(8) != null) {
                int hhmm = Integer.parseInt(matcher.group(8).substring(1));
                int seconds = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (matcher.group(8).startsWith("-") ? -1 : 1);
                if (hhmm % 100 >= 60 || Math.abs(seconds) > 18 * 3600) {
                    return null;
                }
                offset = ZoneOffset.ofTotalSeconds(seconds);
            }
            return (month < 0) ? null : of(matcher.group(3), month, matcher.group(1), matcher.group(4),
                    matcher.group(5), matcher.group(6), offset);
        }
        return parseAmzDate(text);
    }

    /** The {@code Timestamp} of lakeFS's "JavaV2" signature ({@code 2006-01-02T15:04:05.999Z}), or null. */
    static @Nullable Instant parseJavaV2Timestamp(String text) {
        Matcher matcher = JAVA_TIMESTAMP.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return of(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3), matcher.group(4),
                matcher.group(5), matcher.group(6), ZoneOffset.UTC);
    }

    /**
     * Refuses a request time more than 15 minutes away from now.
     * @throws SignatureException RequestTimeTooSkewed when older, AccessDenied "Request is not valid yet" when newer
     */
    static void checkSkew(Instant now, Instant requestTime) throws SignatureException {
        Duration age = Duration.between(requestTime, now);
        if (age.compareTo(MAX_CLOCK_SKEW.negated()) < 0) {
            throw AuthError.REQUEST_NOT_READY_YET.exception("request time " + requestTime + " is after " + now);
        }
        if (age.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw AuthError.REQUEST_TIME_TOO_SKEWED.exception("request time " + requestTime + " is before " + now);
        }
    }

    private static @Nullable Instant of(String year, int month, String day, String hour, String minute,
            String second, ZoneOffset offset) {
        try {
            return LocalDateTime.of(Integer.parseInt(year), month, Integer.parseInt(day), Integer.parseInt(hour),
                    Integer.parseInt(minute), Integer.parseInt(second)).toInstant(offset);
        }
        catch (DateTimeException ex) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return -1;
    }
}
