package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jdarts.data.DataSource;
import org.jdarts.plugins.DataSources;
import org.jdarts.space.plugin.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code jdarts data sources}: the data sources {@code --data NAME:DIR} can name. */
@Command(name = "sources", header = "The data sources (built-in and from plugin jars).",
        mixinStandardHelpOptions = true,
        description = {"List the data sources: the name --data NAME:DIR takes, what each reads, and where it",
            "comes from. --data DIR gives the folder to the one source that recognises it."},
        footer = {"", "Plugins: put data-source jars in ./plugins or list them in JDARTS_PLUGINS."})
final class DataSourcesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DataSources sources = DataSources.load();
        PrintWriter out = spec.commandLine().getOut();
        int width = sources.names().stream().mapToInt(String::length).max().orElse(4);
        for (PluginRegistry.Registered<DataSource> registered : sources.plugins().all()) {
            out.printf("%-" + width + "s  %s  [%s]%n", registered.name(), registered.plugin().description(),
                    registered.origin());
        }
        out.flush();
        return 0;
    }
}
