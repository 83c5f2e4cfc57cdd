package dev.lakefs.spring.nio;

import java.util.regex.PatternSyntaxException;

/**
 * Turns a glob ({@link java.nio.file.FileSystem#getPathMatcher(String) getPathMatcher}'s syntax) into a regular
 * expression: {@code *} matches within one name, {@code **} across names, {@code ?} one character of a name,
 * {@code [abc]}, {@code [a-z]} and {@code [!a]} one character of a set, {@code {csv,tsv}} one of several
 * sub-patterns, and {@code \} escapes the next character. The JDK has no public form of this conversion.
 */
final class Globs {

    private static final String REGEX_SPECIAL = "\\^$.|?*+()[]{}";

    private Globs() {
    }

    /**
     * The regular expression equivalent to {@code glob}.
     * @throws PatternSyntaxException when the glob is malformed (an unclosed {@code [} or <code>{</code>, a nested
     * group, a trailing {@code \})
     */
    static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder("^");
        boolean inGroup = false;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i == glob.length()) {
                        throw new PatternSyntaxException("Nothing to escape at the end", glob, i - 1);
                    }
                    appendLiteral(regex, glob.charAt(i++));
                }
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        regex.append(".*");
                        i++;
                    }
                    else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> i = appendCharacterClass(regex, glob, i);
                case '{' -> {
                    if (inGroup) {
                        throw new PatternSyntaxException("Groups cannot be nested", glob, i - 1);
                    }
                    regex.append("(?:");
                    inGroup = true;
                }
                case '}' -> {
                    if (inGroup) {
                        regex.append(')');
                        inGroup = false;
                    }
                    else {
                        appendLiteral(regex, c);
                    }
                }
                case ',' -> regex.append(inGroup ? "|" : ",");
                default -> appendLiteral(regex, c);
            }
        }
        if (inGroup) {
            throw new PatternSyntaxException("Missing '}'", glob, glob.length());
        }
        return regex.append('$').toString();
    }

    /**
     * Appends the class that starts after the {@code [} at {@code start - 1}; returns the index after its {@code ]}.
     */
    private static int appendCharacterClass(StringBuilder regex, String glob, int start) {
        int i = start;
        regex.append("[[^/]&&[");
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            regex.append('^');
            i++;
        }
        boolean first = true;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == ']' && !first) {
                regex.append("]]");
                return i;
            }
            if (c == '-' && !first && i < glob.length() && glob.charAt(i) != ']') {
                regex.append('-');
            }
            else if (c == '\\' || c == '[' || c == '&' || c == '^' || c == ']' || c == '-') {
                regex.append('\\').append(c);
            }
            else {
                regex.append(c);
            }
            first = false;
        }
        throw new PatternSyntaxException("Missing ']'", glob, start - 1);
    }

    private static void appendLiteral(StringBuilder regex, char c) {
        if (REGEX_SPECIAL.indexOf(c) >= 0) {
            regex.append('\\');
        }
        regex.append(c);
    }
}
