package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.space.op.OperationParameter;
import org.jdarts.space.plugin.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code jdarts methods}: the registered search methods with their options. */
@Command(name = "methods", header = "List the search methods and their options.",
        mixinStandardHelpOptions = true,
        description = {"List the search methods `jdarts search --method` accepts (built-in and from",
            "plugin jars, whose path and SHA-256 are shown), each with the options",
            "`--method-option NAME=VALUE` sets."},
        footer = {"", "Plugins: put method jars in ./plugins or list them in JDARTS_PLUGINS.",
            "Example: jdarts search --method pc-darts --method-option k=2 --preset quick ..."})
final class MethodsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (PluginRegistry.Registered<SearchMethod> registered : SearchMethodRegistry.load().plugins().all()) {
            SearchMethod m = registered.plugin();
            out.printf("%-12s %s  [%s]%n", m.name(), m.description(), registered.origin());
            for (OperationParameter p : m.parameters()) {
                out.printf("  %-20s %s %s%n", p.name(), p.description(), p.toString().substring(p.name().length() + 1));
            }
        }
        out.flush();
        return 0;
    }
}
