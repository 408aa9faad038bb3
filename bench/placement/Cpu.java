package placement;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time from /proc over a measured window: per process group (a process and its descendants,
 * their utime + stime and the times of the children they reaped), the machine's busy share
 * ({@code /proc/stat}) and its load average ({@code /proc/loadavg}).
 */
final class Cpu {

    /** A process (with its descendants when {@code tree}) whose CPU is reported under one name; pid -1 when not found. */
    record Group(String name, long pid, boolean tree) {
    }

    /** CPU ticks of each group, the machine's busy and total ticks, and the time, at one instant. */
    record Sample(long[] groupTicks, long machineBusy, long machineTotal, long nanos, double load1) {
    }

    private static final long TICKS_PER_SECOND = clockTicks();

    final List<Group> groups;

    Cpu(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The processes of the ledger at its URLs' ports, the first node's each replaced by a pid given on the command line. */
    static Cpu find(Options o) {
        List<Group> groups = new ArrayList<>();
        if (!Processes.available()) {
            return new Cpu(groups);
        }
        List<Integer> ports = o.ports();
        long ledger = o.ledgerPid > 0 ? o.ledgerPid : Processes.ledger(ports.get(0));
        long pg = o.postgresPid > 0 ? o.postgresPid : Processes.postgres(ledger);
        long es = o.elasticsearchPid > 0 ? o.elasticsearchPid : Processes.elasticsearch(ledger);
        groups.add(new Group("ledger JVM", ledger, false));
        // further nodes: their JVMs only (they use the first node's PostgreSQL and Elasticsearch)
        for (int node = 1; node < ports.size(); node++) {
            groups.add(new Group("ledger JVM " + (node + 1), Processes.ledger(ports.get(node)), false));
        }
        groups.add(new Group("PostgreSQL", pg, true));
        groups.add(new Group("Elasticsearch", es, true));
        groups.add(new Group("benchmark", ProcessHandle.current().pid(), false));
        return new Cpu(groups);
    }

    String describe() {
        if (groups.isEmpty()) {
            return "cpu         no /proc: CPU per order not measured";
        }
        StringBuilder sb = new StringBuilder("processes  ");
        for (Group g : groups) {
            sb.append(' ').append(g.name()).append(' ').append(g.pid() > 0 ? "pid " + g.pid() : "NOT FOUND").append(';');
        }
        return sb.append(" clock ticks ").append(TICKS_PER_SECOND).append("/s").toString();
    }

    Sample sample() {
        long[] ticks = new long[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.pid() > 0) {
                ticks[i] = g.tree() ? Processes.withDescendants(g.pid()).stream().mapToLong(Cpu::ticks).sum() : ticks(g.pid());
            }
        }
        long busy = 0;
        long total = 0;
        try {
            String[] f = Files.readAllLines(Processes.PROC.resolve("stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < f.length && i <= 8; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i != 4 && i != 5) {
                    busy += v;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no machine figures
        }
        return new Sample(ticks, busy, total, System.nanoTime(), loadAverage());
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Processes.PROC.resolve("loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** utime + stime + cutime + cstime of one process, 0 when it is gone. */
    static long ticks(long pid) {
        String[] f = statFields(pid);
        if (f == null) {
            return 0;
        }
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ... [11] utime; null when gone. */
    static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Processes.PROC.resolve(pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What the window cost, per unit of work (a paid order, a placement, a read). */
    record Usage(List<Group> groups, double[] cpuMillis, double seconds, double machineBusyPercent, double loadStart,
                 double loadEnd, int cores) {

        double perUnit(int group, long units) {
            return units == 0 ? Double.NaN : cpuMillis[group] / units;
        }

        double total() {
            double sum = 0;
            for (double v : cpuMillis) {
                sum += v;
            }
            return sum;
        }

        String report(long units, String unit) {
            if (groups.isEmpty()) {
                return "cpu         not measured (no /proc)\n";
            }
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "cpu         machine %.0f%% busy of %d cores over %.1f s, load average %.2f -> %.2f%n",
                    machineBusyPercent, cores, seconds, loadStart, loadEnd));
            sb.append(String.format(Locale.ROOT, "  %-16s %10s %10s %12s%n", "process", "cpu s", "cores", "ms/" + unit));
            for (int i = 0; i < groups.size(); i++) {
                boolean found = groups.get(i).pid() > 0;
                sb.append(String.format(Locale.ROOT, "  %-16s %10s %10s %12s%n", groups.get(i).name(),
                        found ? String.format(Locale.ROOT, "%.1f", cpuMillis[i] / 1000) : "-",
                        found ? String.format(Locale.ROOT, "%.2f", cpuMillis[i] / 1000 / seconds) : "-",
                        found ? Histogram.ms(perUnit(i, units)) : "not found"));
            }
            sb.append(String.format(Locale.ROOT, "  %-16s %10.1f %10.2f %12s   (%d %ss)%n", "all", total() / 1000,
                    total() / 1000 / seconds, Histogram.ms(units == 0 ? Double.NaN : total() / units), units, unit));
            return sb.toString();
        }
    }

    Usage between(Sample a, Sample b) {
        double[] ms = new double[groups.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = (b.groupTicks()[i] - a.groupTicks()[i]) * 1000.0 / TICKS_PER_SECOND;
        }
        long total = b.machineTotal() - a.machineTotal();
        double busy = total <= 0 ? Double.NaN : 100.0 * (b.machineBusy() - a.machineBusy()) / total;
        return new Usage(groups, ms, (b.nanos() - a.nanos()) / 1e9, busy, a.load1(), b.load1(),
                Runtime.getRuntime().availableProcessors());
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
