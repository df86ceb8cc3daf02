package org.jdarts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link of the README and docs/ reaches a file that exists, and a heading in it where it names one. */
class DocsLinksTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.*)$");

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() > 5, "the docs folder holds the documents the README links to");
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            int line = 0;
            boolean code = false;
            for (String text : Files.readAllLines(page)) {
                line++;
                if (text.startsWith("```")) {
                    code = !code;
                }
                Matcher m = LINK.matcher(text);
                while (!code && m.find()) {
                    String target = m.group(1);
                    if (!target.matches("^[a-z]+://.*") && !resolves(page, target)) {
                        broken.add(ROOT.relativize(page) + ":" + line + ": " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "broken links");
    }

    private static boolean resolves(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return false;
        }
        return hash < 0 || !resolved.toString().endsWith(".md") || anchors(resolved).contains(target.substring(hash + 1));
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        boolean code = false;
        for (String text : Files.readAllLines(page)) {
            if (text.startsWith("```")) {
                code = !code;
            }
            Matcher m = HEADING.matcher(text);
            if (!code && m.matches()) {
                StringBuilder slug = new StringBuilder();
                m.group(1).strip().toLowerCase(Locale.ROOT).codePoints()
                        .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')
                        .forEach(c -> slug.appendCodePoint(c == ' ' ? '-' : c));
                anchors.add(slug.toString());
            }
        }
        return anchors;
    }
}
