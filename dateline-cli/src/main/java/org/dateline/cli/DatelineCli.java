package org.dateline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: raw news pages in, dated storylines out. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Turns raw, noisy news pages (text, HTML, JSONL) into clean, dated storylines.",
        subcommands = {RunCommand.class, SearchCommand.class, ExtractCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class DatelineCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line writing to the given streams: what tests call. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new DatelineCli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("dateline: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
