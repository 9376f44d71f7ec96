package org.dateline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Times work over a list of inputs in the current thread's CPU time, so other load on the machine does not
 * count: unmeasured warm-up rounds first, then measured rounds.
 */
final class CpuTimer {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CpuTimer() {
    }

    /**
     * CPU seconds of the measured rounds. {@code work} returns a number derived from its result (a length,
     * a count), summed into a checksum so that the JIT cannot drop the work.
     */
    static <T> double measuredSeconds(List<T> inputs, ToLongFunction<T> work, int warmupRounds, int rounds) {
        for (int round = 0; round < warmupRounds; round++) runOnce(inputs, work);
        long nanos = 0;
        for (int round = 0; round < rounds; round++) nanos += runOnce(inputs, work);
        return nanos / 1e9;
    }

    /**
     * The median CPU seconds of one round for each of the works, their rounds interleaved (round 1 of each, then
     * round 2 of each...) so that a busy stretch of a shared machine weighs on all of them alike; the median
     * leaves out the rounds such a stretch still spoils.
     */
    static <T> double[] interleavedMedianSeconds(List<T> inputs, List<ToLongFunction<T>> works, int warmupRounds,
                                                 int rounds) {
        for (int round = 0; round < warmupRounds; round++) {
            for (ToLongFunction<T> work : works) runOnce(inputs, work);
        }
        long[][] nanos = new long[works.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int w = 0; w < works.size(); w++) nanos[w][round] = runOnce(inputs, works.get(w));
        }
        double[] medians = new double[works.size()];
        for (int w = 0; w < works.size(); w++) {
            long[] sorted = nanos[w].clone();
            Arrays.sort(sorted);
            medians[w] = (rounds % 2 == 1 ? sorted[rounds / 2] : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2.0) / 1e9;
        }
        return medians;
    }

    private static <T> long runOnce(List<T> inputs, ToLongFunction<T> work) {
        long start = CPU.getCurrentThreadCpuTime();
        long checksum = 0;
        for (T input : inputs) checksum += work.applyAsLong(input);
        long nanos = CPU.getCurrentThreadCpuTime() - start;
        if (checksum < 0) throw new IllegalStateException("impossible checksum");
        return nanos;
    }
}
