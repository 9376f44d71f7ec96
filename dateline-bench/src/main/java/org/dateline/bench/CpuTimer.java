package org.dateline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    private static <T> long runOnce(List<T> inputs, ToLongFunction<T> work) {
        long start = CPU.getCurrentThreadCpuTime();
        long checksum = 0;
        for (T input : inputs) checksum += work.applyAsLong(input);
        long nanos = CPU.getCurrentThreadCpuTime() - start;
        if (checksum < 0) throw new IllegalStateException("impossible checksum");
        return nanos;
    }
}
