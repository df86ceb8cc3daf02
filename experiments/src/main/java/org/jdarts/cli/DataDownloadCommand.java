package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jdarts.cifar10.Cifar10Download;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts data download}: fetches, verifies and unpacks the official binary archive. */
@Command(name = "download", header = "Download, verify and unpack CIFAR-10.",
        mixinStandardHelpOptions = true,
        description = {"Download cifar-10-binary.tar.gz (about 170 MB), check its MD5 before",
            "unpacking, and unpack the six .bin files into --out. Needs network access."},
        footer = {"", "Example: jdarts data download --out data/cifar10 && jdarts data check --data data/cifar10"})
final class DataDownloadCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to unpack into.")
    Path out;

    @Option(names = "--url", paramLabel = "URL", description = "Archive address (default: ${DEFAULT-VALUE}).")
    URI url = Cifar10Download.OFFICIAL_URL;

    @Option(names = "--md5", paramLabel = "HEX", description = "Expected MD5 of the archive (default: ${DEFAULT-VALUE}).")
    String md5 = Cifar10Download.OFFICIAL_MD5;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!md5.matches("[0-9a-fA-F]{32}")) {
            throw new UsageException("--md5 must be 32 hexadecimal digits, got '" + md5 + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("downloading %s%n", url);
        List<Path> files = Cifar10Download.download(url, md5, out, bytes -> {
            err.printf("\r  %,.1f MB", bytes / 1e6);
            err.flush();
        });
        err.println();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("MD5 %s verified; unpacked %d files into %s%n", md5.toLowerCase(), files.size(), out);
        o.flush();
        return 0;
    }
}
