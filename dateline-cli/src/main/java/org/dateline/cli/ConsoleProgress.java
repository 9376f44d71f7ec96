package org.dateline.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dateline.ProgressListener;

/**
 * Shows progress on the terminal: a live bar per stage when a person is watching, and one line per
 * stage otherwise (logs and CI stay readable).
 */
final class ConsoleProgress implements ProgressListener {

    private final PrintStream err;
    private final boolean interactive;
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();

    ConsoleProgress(PrintStream err) {
        this.err = err;
        this.interactive = System.console() != null;
    }

    @Override
    public void stageStarted(String stage, long total) {
        started.put(stage, System.nanoTime());
        if (interactive) {
            bars.put(stage, new ProgressBarBuilder().setTaskName(stage).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                    .build());
        }
    }

    @Override
    public void itemDone(String stage) {
        ProgressBar bar = bars.get(stage);
        if (bar != null) bar.step();
    }

    @Override
    public void stageFinished(String stage) {
        ProgressBar bar = bars.remove(stage);
        if (bar != null) {
            bar.close();
        } else {
            long ms = (System.nanoTime() - started.getOrDefault(stage, System.nanoTime())) / 1_000_000;
            err.printf("%-9s done in %,d ms%n", stage, ms);
        }
    }
}
