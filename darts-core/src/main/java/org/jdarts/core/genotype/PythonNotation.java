package org.jdarts.core.genotype;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python notation of the DARTS family's genotypes, so that genotypes travel between jdarts and
 * quark0/darts, PC-DARTS or NNI:
 * {@code Genotype(normal=[('sep_conv_3x3', 0), ...], normal_concat=[2, 3, 4, 5], reduce=[...],
 * reduce_concat=[2, 3, 4, 5])}. The parser also reads {@code range(2, 6)}, double quotes, an
 * optional {@code NAME = } prefix, line breaks and comments.
 */
public final class PythonNotation {

    private static final Pattern EDGE = Pattern.compile("\\(\\s*(['\"])([A-Za-z0-9_]+)\\1\\s*,\\s*(\\d+)\\s*\\)");
    private static final Pattern RANGE = Pattern.compile("range\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");

    private PythonNotation() {}

    /**
     * Formats a genotype as the reference prints it.
     *
     * @param g the genotype
     * @return one line of Python
     */
    public static String format(Genotype g) {
        return "Genotype(normal=" + edges(g.normal()) + ", normal_concat=" + g.normalConcat()
                + ", reduce=" + edges(g.reduce()) + ", reduce_concat=" + g.reduceConcat() + ")";
    }

    private static String edges(List<GenotypeEdge> edges) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < edges.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("('").append(edges.get(i).op()).append("', ")
                    .append(edges.get(i).input()).append(')');
        }
        return sb.append(']').toString();
    }

    /**
     * Parses the Python notation.
     *
     * @param text a genotype in Python notation
     * @return the genotype
     * @throws IllegalArgumentException saying which field is missing or malformed
     */
    public static Genotype parse(String text) {
        String s = stripComments(text).strip();
        int open = s.indexOf("Genotype(");
        if (open < 0 || !s.endsWith(")")) {
            throw new IllegalArgumentException("expected Genotype(normal=[...], normal_concat=[...], reduce=[...], "
                    + "reduce_concat=[...])");
        }
        String body = s.substring(open + "Genotype(".length(), s.length() - 1);
        return new Genotype(edgeList(field(body, "normal")), concat(field(body, "normal_concat")),
                edgeList(field(body, "reduce")), concat(field(body, "reduce_concat")));
    }

    private static String stripComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            sb.append(hash < 0 ? line : line.substring(0, hash)).append('\n');
        }
        return sb.toString();
    }

    /** Returns the value text of {@code name=...} up to its matching bracket. */
    private static String field(String body, String name) {
        Matcher m = Pattern.compile("(?<![A-Za-z_])" + name + "\\s*=\\s*").matcher(body);
        if (!m.find()) {
            throw new IllegalArgumentException("genotype lacks " + name + "=");
        }
        int start = m.end();
        int depth = 0;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
                if (depth == 0) {
                    return body.substring(start, i + 1).strip();
                }
            }
        }
        throw new IllegalArgumentException("genotype: unbalanced brackets after " + name + "=");
    }

    private static List<GenotypeEdge> edgeList(String value) {
        if (!value.startsWith("[")) {
            throw new IllegalArgumentException("expected a list of ('op', input) pairs, got " + value);
        }
        List<GenotypeEdge> edges = new ArrayList<>();
        Matcher m = EDGE.matcher(value);
        int consumed = 1;
        while (m.find()) {
            String between = value.substring(consumed, m.start()).replace(",", "").strip();
            if (!between.isEmpty()) {
                throw new IllegalArgumentException("cannot read '" + between + "' in " + value);
            }
            edges.add(new GenotypeEdge(m.group(2), Integer.parseInt(m.group(3))));
            consumed = m.end();
        }
        String rest = value.substring(consumed, value.length() - 1).replace(",", "").strip();
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("cannot read '" + rest + "' in " + value);
        }
        return edges;
    }

    private static List<Integer> concat(String value) {
        Matcher range = RANGE.matcher(value);
        if (range.matches()) {
            List<Integer> nodes = new ArrayList<>();
            for (int i = Integer.parseInt(range.group(1)); i < Integer.parseInt(range.group(2)); i++) {
                nodes.add(i);
            }
            return nodes;
        }
        if (!value.startsWith("[") || !value.endsWith("]")) {
            throw new IllegalArgumentException("expected [2, 3, 4, 5] or range(2, 6), got " + value);
        }
        List<Integer> nodes = new ArrayList<>();
        for (String part : value.substring(1, value.length() - 1).split(",")) {
            if (!part.isBlank()) {
                try {
                    nodes.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected node numbers, got " + value, e);
                }
            }
        }
        return nodes;
    }
}
