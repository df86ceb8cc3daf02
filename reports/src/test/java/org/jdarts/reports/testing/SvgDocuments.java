package org.jdarts.reports.testing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads SVG back with the JDK's XML parser, for tests. */
public final class SvgDocuments {

    private SvgDocuments() {}

    /** Parses SVG text (fails the test with the parser's message if it is not well-formed XML). */
    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** Parses an SVG file. */
    public static Document parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Returns the elements of a name whose {@code class} attribute is {@code cls} (any, if null). */
    public static List<Element> elements(Document d, String name, String cls) {
        NodeList all = d.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cls == null || cls.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    /** Returns the text of every {@code <text>} element, in document order. */
    public static List<String> texts(Document d) {
        return elements(d, "text", null).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
