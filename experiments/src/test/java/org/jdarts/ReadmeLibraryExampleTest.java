package org.jdarts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library examples of the README and docs/library.md, and the README's plug-in, compile against the library as it is. */
class ReadmeLibraryExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path LIBRARY_DOC = Path.of("..", "docs", "library.md");

    /** What the plug-in example may use without saying so. */
    private static final String PLUGIN_IMPORTS = """
            import ai.djl.ndarray.types.Shape;
            import ai.djl.nn.Block;
            import ai.djl.nn.SequentialBlock;
            import ai.djl.nn.convolutional.Conv2d;
            import java.util.List;
            import java.util.Set;
            import org.jdarts.space.blocks.Layers;
            import org.jdarts.space.op.*;
            """;

    /** What the example may use without saying so: the packages its types come from. */
    private static final String IMPORTS = """
            import java.nio.file.Path;
            import java.util.Map;
            import org.jdarts.core.run.Metric;
            import org.jdarts.core.search.SearchEpoch;
            import org.jdarts.experiments.*;
            """;

    @Test
    void theReadmesLibraryExampleCompiles(@TempDir Path out) throws IOException {
        String example = javaBlock(Files.readString(README), "## As a library");
        assertCompiles(IMPORTS + "class ReadmeExample {\n void run() throws Exception {\n" + example + "\n }\n}\n", out);
    }

    @Test
    void theLibraryDocumentsFirstExampleCompiles(@TempDir Path out) throws IOException {
        String example = javaBlock(Files.readString(LIBRARY_DOC), "# Using jdarts as a library");
        assertCompiles(IMPORTS + "class ReadmeExample {\n void run() throws Exception {\n" + example + "\n }\n}\n", out);
    }

    @Test
    void theReadmesPluginExampleCompiles(@TempDir Path out) throws IOException {
        String example = javaBlock(Files.readString(README), "## Writing an operation plug-in");
        assertCompiles(PLUGIN_IMPORTS + example.replace("public final class FactorizedConvOperation",
                "final class ReadmeExample"), out);
    }

    private static void assertCompiles(String source, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                    System.getProperty("java.class.path")));
            boolean compiled = javac.getTask(diagnostics, files, null, options, null,
                    List.of(new Source(source))).call();
            assertTrue(compiled, "the example does not compile:\n" + diagnostics + "\n" + source);
        }
    }

    /** Returns the first Java block after a heading. */
    private static String javaBlock(String markdown, String heading) {
        int section = markdown.indexOf(heading + "\n");
        assertTrue(section >= 0, "no \"" + heading + "\" section");
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertTrue(block.find(section), "the section has no ```java block");
        assertFalse(block.group(1).isBlank(), "the example is empty");
        return block.group(1);
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String code;

        Source(String code) {
            super(URI.create("string:///ReadmeExample.java"), JavaFileObject.Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
