package dev.lakefs.embedded.versioning;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A branch protection pattern, matched in time proportional to the pattern's length times the name's. A regular
 * expression would backtrack: {@code *a*a*a*a*a*a*a*a*a*a*b} against a long name of {@code a}s takes practically
 * forever, and rules are matched under the repository's write lock on every write. As lakeFS's glob library
 * (gobwas/glob) matches without backtracking, so does this.
 * <p>
 * Syntax, without separators: {@code *} any characters, {@code ?} one character, {@code [abc]}, {@code [a-z]} and
 * {@code [!abc]} one character of (or not of) a set, {@code {a,b}} alternatives, {@code \} escapes.
 * Alternatives are expanded into plain patterns, at most {@value #MAX_EXPANSIONS}.
 */
final class BranchGlob {

    /** How many plain patterns a pattern's alternatives may expand into. */
    static final int MAX_EXPANSIONS = 256;

    private final List<List<Token>> expansions;

    private BranchGlob(List<List<Token>> expansions) {
        this.expansions = expansions;
    }

    /**
     * Parses a pattern.
     * @param glob the pattern
     * @return the glob, or null when the pattern is malformed (or expands into too many patterns)
     */
    static @Nullable BranchGlob compile(String glob) {
        try {
            Parser parser = new Parser(glob);
            List<List<Token>> expansions = parser.sequence(0);
            if (parser.position != glob.length()) {
                return null;
            }
            return new BranchGlob(expansions);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /**
     * Whether the whole name matches.
     * @param name a branch name
     * @return whether it matches
     */
    boolean matches(String name) {
        for (List<Token> tokens : this.expansions) {
            if (matches(tokens, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The classic wildcard match: on a mismatch, only the last {@code *} seen takes one more character, so no
     * position is tried twice for the same star.
     */
    private static boolean matches(List<Token> tokens, String name) {
        int token = 0;
        int at = 0;
        int lastStar = -1;
        int starAt = 0;
        while (at < name.length()) {
            if (token < tokens.size() && !tokens.get(token).star() && tokens.get(token).accepts(name.charAt(at))) {
                token++;
                at++;
            }
            else if (token < tokens.size() && tokens.get(token).star()) {
                lastStar = token++;
                starAt = at;
            }
            else if (lastStar >= 0) {
                token = lastStar + 1;
                at = ++starAt;
            }
            else {
                return false;
            }
        }
        while (token < tokens.size() && tokens.get(token).star()) {
            token++;
        }
        return token == tokens.size();
    }

    /**
     * One step of a plain pattern: any number of characters, or one character in a set.
     *
     * @param star whether this is {@code *}
     * @param set the characters and ranges (pairs) one character must be in; unused for a star
     * @param negated whether it must not be in them
     */
    private record Token(boolean star, String set, boolean negated) {

        static final Token STAR = new Token(true, "", false);

        static final Token ANY = new Token(false, "", true);

        static Token literal(char c) {
            return new Token(false, c + "-" + c, false);
        }

        /** {@code set} holds ranges as pairs: "a-z" is the range, "x-x" one character. */
        boolean accepts(char c) {
            boolean in = false;
            for (int i = 0; i + 2 < this.set.length() && !in; i += 3) {
                in = c >= this.set.charAt(i) && c <= this.set.charAt(i + 2);
            }
            return in != this.negated;
        }
    }

    /** Recursive descent over the pattern, expanding alternatives as it goes. */
    private static final class Parser {

        private final String glob;

        private int position;

        Parser(String glob) {
            this.glob = glob;
        }

        /** A sequence up to the end, or (inside braces) up to the next ',' or '}', left unread. */
        List<List<Token>> sequence(int depth) {
            List<List<Token>> expansions = new ArrayList<>();
            expansions.add(new ArrayList<>());
            while (this.position < this.glob.length()) {
                char c = this.glob.charAt(this.position);
                if (depth > 0 && (c == ',' || c == '}')) {
                    return expansions;
                }
                this.position++;
                switch (c) {
                    case '*' -> append(expansions, Token.STAR);
                    case '?' -> append(expansions, Token.ANY);
                    case '\\' -> append(expansions, Token.literal(next()));
                    case '[' -> append(expansions, characterClass());
                    case '{' -> expansions = product(expansions, alternatives(depth + 1));
                    default -> append(expansions, Token.literal(c));
                }
            }
            return expansions;
        }

        private List<List<Token>> alternatives(int depth) {
            List<List<Token>> alternatives = new ArrayList<>();
            while (true) {
                alternatives.addAll(sequence(depth));
                char end = next();
                if (end == '}') {
                    return alternatives;
                }
            }
        }

        /** {@code [abc]}, {@code [a-z]}, {@code [!abc]}: only '!' negates; '^', '[' and '\' are plain characters. */
        private Token characterClass() {
            int close = this.glob.indexOf(']', this.position);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [");
            }
            String set = this.glob.substring(this.position, close);
            this.position = close + 1;
            boolean negated = set.startsWith("!");
            String members = negated ? set.substring(1) : set;
            if (members.isEmpty()) {
                throw new IllegalArgumentException("empty []");
            }
            StringBuilder ranges = new StringBuilder();
            for (int i = 0; i < members.length(); i++) {
                char from = members.charAt(i);
                char to = from;
                if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                    to = members.charAt(i + 2);
                    i += 2;
                    if (to < from) {
                        throw new IllegalArgumentException("reversed range");
                    }
                }
                ranges.append(from).append('-').append(to);
            }
            return new Token(false, ranges.toString(), negated);
        }

        private char next() {
            if (this.position >= this.glob.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return this.glob.charAt(this.position++);
        }

        private static void append(List<List<Token>> expansions, Token token) {
            expansions.forEach((tokens) -> tokens.add(token));
        }

        private static List<List<Token>> product(List<List<Token>> prefixes, List<List<Token>> suffixes) {
            if ((long) prefixes.size() * suffixes.size() > MAX_EXPANSIONS) {
                throw new IllegalArgumentException("too many alternatives");
            }
            List<List<Token>> product = new ArrayList<>();
            for (List<Token> prefix : prefixes) {
                for (List<Token> suffix : suffixes) {
                    List<Token> tokens = new ArrayList<>(prefix);
                    tokens.addAll(suffix);
                    product.add(tokens);
                }
            }
            return product;
        }
    }
}
