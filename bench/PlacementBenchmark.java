import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Launcher of the placement benchmark, whose sources live in {@code bench/placement/}: run
 * {@code java bench/PlacementBenchmark.java [scenario] [options]} from the repository root. Java's
 * single-file launch runs one file only, so this file compiles the benchmark's sources with the
 * JDK's own compiler into {@code bench/target/classes} (again only when a source changed) and runs
 * {@code placement.Main}. JDK only, no build tool. See bench/README.md.
 */
public class PlacementBenchmark {

    public static void main(String[] args) throws Exception {
        Path bench = benchDirectory();
        Path sources = bench.resolve("placement");
        Path classes = bench.resolve("target").resolve("classes");
        List<Path> files = javaFiles(sources);
        if (files.isEmpty()) {
            System.err.println("PlacementBenchmark: no sources in " + sources.toAbsolutePath()
                    + " (run it from the repository root: java bench/PlacementBenchmark.java)");
            System.exit(2);
        }
        Path stamp = classes.resolve(".compiled");
        if (stale(files, stamp)) {
            compile(files, classes);
            Files.writeString(stamp, "");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PlacementBenchmark.class.getClassLoader())) {
            Class<?> main = loader.loadClass("placement.Main");
            try {
                main.getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
    }

    /** The directory of this file: from the command line of the source launcher, else ./bench. */
    static Path benchDirectory() {
        for (String part : System.getProperty("sun.java.command", "").split(" ")) {
            if (part.endsWith("PlacementBenchmark.java")) {
                Path parent = Path.of(part).toAbsolutePath().getParent();
                if (parent != null && Files.isDirectory(parent.resolve("placement"))) {
                    return parent;
                }
            }
        }
        return Path.of("bench");
    }

    static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static boolean stale(List<Path> files, Path stamp) throws IOException {
        if (!Files.exists(stamp)) {
            return true;
        }
        FileTime compiled = Files.getLastModifiedTime(stamp);
        for (Path f : files) {
            if (Files.getLastModifiedTime(f).compareTo(compiled) >= 0) {
                return true;
            }
        }
        return false;
    }

    static void compile(List<Path> files, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            System.err.println("PlacementBenchmark: needs a JDK (javax.tools compiler), not a JRE");
            System.exit(2);
        }
        if (Files.exists(classes)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                walk.sorted((a, b) -> b.compareTo(a)).filter(p -> !p.equals(classes)).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-encoding", "UTF-8",
                "-Xlint:all", "-Xlint:-serial"));
        files.forEach(f -> arguments.add(f.toString()));
        int rc = javac.run(null, null, null, arguments.toArray(String[]::new));
        if (rc != 0) {
            System.err.println("PlacementBenchmark: compiling the benchmark failed");
            System.exit(2);
        }
    }
}
