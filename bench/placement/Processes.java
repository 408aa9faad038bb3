package placement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the processes whose CPU the benchmark reports, from {@code /proc} (Linux only): the ledger
 * JVM (the process listening on the ledger's port, else the one running order-ledger.jar), its
 * PostgreSQL (the postmaster named in {@code <data dir>/postmaster.pid}, where the ledger's data
 * dir is resolved as the ledger does, against its working directory) and its Elasticsearch (the
 * ledger's descendants that run elasticsearch). Each can be given by pid instead.
 */
final class Processes {

    private Processes() {
    }

    static final Path PROC = Path.of("/proc");

    static boolean available() {
        return Files.isReadable(PROC.resolve("self/stat"));
    }

    static String cmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(pid + "/cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** The parent pid, or -1 when the process is gone. */
    static long parent(long pid) {
        String[] f = Cpu.statFields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    static List<Long> allPids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(PROC)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    pids.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to find
        }
        return pids;
    }

    /** The process and all its descendants alive now. */
    static Set<Long> withDescendants(long root) {
        Set<Long> tree = new LinkedHashSet<>();
        tree.add(root);
        List<Long> all = allPids();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (long pid : all) {
                if (!tree.contains(pid) && tree.contains(parent(pid))) {
                    tree.add(pid);
                    grew = true;
                }
            }
        }
        return tree;
    }

    /** The ledger: whoever listens on the port, else the only process running order-ledger.jar; -1 if none. */
    static long ledger(int port) {
        long listening = listeningOn(port);
        if (listening > 0) {
            return listening;
        }
        List<Long> jars = allPids().stream().filter(pid -> cmdline(pid).contains("order-ledger.jar")).toList();
        return jars.size() == 1 ? jars.get(0) : -1;
    }

    /** The postmaster of the ledger's embedded PostgreSQL, or -1 (an external database, or not found). */
    static long postgres(long ledger) {
        if (ledger <= 0) {
            return -1;
        }
        String cmd = cmdline(ledger);
        String dataDir = argument(cmd, "--ledger.postgres.data-dir=");
        if (dataDir == null) {
            dataDir = argument(cmd, "--ledger.data-dir=");
            dataDir = (dataDir == null ? "var" : dataDir) + "/postgres";
        }
        try {
            Path cwd = Files.readSymbolicLink(PROC.resolve(ledger + "/cwd"));
            Path pidFile = cwd.resolve(dataDir).resolve("postmaster.pid");
            String first = Files.readAllLines(pidFile).get(0).trim();
            long pid = Long.parseLong(first);
            return Files.exists(PROC.resolve(String.valueOf(pid))) ? pid : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The topmost of the ledger's descendants that run Elasticsearch, or -1 (an external cluster, or not found). */
    static long elasticsearch(long ledger) {
        if (ledger <= 0) {
            return -1;
        }
        for (long pid : withDescendants(ledger)) {
            if (pid != ledger && cmdline(pid).contains("elasticsearch")) {
                return pid;
            }
        }
        return -1;
    }

    private static String argument(String cmdline, String prefix) {
        for (String part : cmdline.split(" ")) {
            if (part.startsWith(prefix)) {
                return part.substring(prefix.length());
            }
        }
        return null;
    }

    /** The pid that has a listening TCP socket on the port, from /proc/net/tcp{,6} and the fds; -1 if none is visible. */
    static long listeningOn(int port) {
        Set<String> inodes = new LinkedHashSet<>();
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            } catch (IOException e) {
                // no such table
            }
        }
        if (inodes.isEmpty()) {
            return -1;
        }
        for (long pid : allPids()) {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
                for (Path fd : fds) {
                    try {
                        if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                            return pid;
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            } catch (IOException | SecurityException e) {
                // another user's process
            }
        }
        return -1;
    }
}
