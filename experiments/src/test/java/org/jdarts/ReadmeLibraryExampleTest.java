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

/** The README's library example compiles against the library as it is. */
class ReadmeLibraryExampleTest {

    private static final Path README = Path.of("..", "README.md");

    /** What the example may use without saying so: the packages its types come from. */
    private static final String IMPORTS = """
            import java.nio.file.Path;
            import java.util.Map;
            import org.jdarts.core.run.Metric;
            import org.jdarts.core.search.SearchEpoch;
            import org.jdarts.experiments.*;
            """;

    @Test
    void theLibraryExampleCompiles(@TempDir Path out) throws IOException {
        String example = librarySection(Files.readString(README));
        String source = IMPORTS + "class ReadmeExample {\n void run() throws Exception {\n" + example + "\n }\n}\n";
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                    System.getProperty("java.class.path")));
            boolean compiled = javac.getTask(diagnostics, files, null, options, null,
                    List.of(new Source(source))).call();
            assertTrue(compiled, "README's library example does not compile:\n" + diagnostics + "\n" + source);
        }
    }

    /** Returns the Java block of the README's "As a library" section. */
    private static String librarySection(String readme) {
        int section = readme.indexOf("### As a library");
        assertTrue(section >= 0, "README has no \"### As a library\" section");
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
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
