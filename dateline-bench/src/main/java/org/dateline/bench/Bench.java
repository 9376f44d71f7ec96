package org.dateline.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./dateline bench ...}: throughput of Dateline's stages against peers on the same inputs, printed
 * as a table of rates and ratios measured in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks Dateline's stages against peer tools on the same inputs.",
        subcommands = {ExtractionBench.class, TimexBench.class, CommandLine.HelpCommand.class})
public final class Bench {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }
}
