package dev.orderledger.app.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application contexts using one embedded server, so that the JVM's exit stops the server after them.
 * <p>
 * The JVM runs its shutdown hooks at the same time: Spring's, which closes the ledger (its event processors
 * release their claims and store their tokens, its pool closes its connections), and the server's. Stopped
 * first, PostgreSQL left the closing ledger waiting on connections until the pool gave up, some 30 s; and
 * Elasticsearch stopped under a search projection still writing. So each context holds the servers it uses
 * from its first bean to its last ({@link EmbeddedServersInUse}); once the JVM exits, the last context to let
 * go stops the server, on its way out (logging still runs). A server no context uses stops at once; one that
 * some context still holds after the longest wait stops anyway.
 */
final class ServerUsers {

    /** A ledger that has not closed by then is not closing: the server stops anyway. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ServerUsers.class);

    private final String server;
    private final Runnable stop;
    private final Duration longestWait;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private int users;
    private boolean exiting;
    /** The last context let go during the exit: it stops the server itself, not the hook. */
    private boolean stoppedByTheLast;

    ServerUsers(String server, Runnable stop, Duration longestWait) {
        this.server = server;
        this.stop = stop;
        this.longestWait = longestWait;
    }

    /** The users of this server, which {@code stop} stops once the JVM exits: its shutdown hook is added. */
    static ServerUsers stoppedAtExit(String server, Runnable stop) {
        ServerUsers users = new ServerUsers(server, stop, LONGEST_WAIT);
        Runtime.getRuntime().addShutdownHook(new Thread(users::exit, server + "-stop"));
        return users;
    }

    synchronized void enter() {
        users++;
    }

    void leave() {
        boolean last;
        synchronized (this) {
            users--;
            last = users == 0 && exiting;
            stoppedByTheLast |= last;
            notifyAll();
        }
        if (last) {
            stopOnce();
        }
    }

    /** The JVM exits: the server stops now if no context uses it, else once the last lets go. */
    void exit() {
        synchronized (this) {
            exiting = true;
            long deadline = System.nanoTime() + longestWait.toNanos();
            while (users > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("{} stops while {} application context(s) still use it", server, users);
                    break;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (stoppedByTheLast) {
                return;
            }
        }
        stopOnce();
    }

    synchronized boolean exiting() {
        return exiting;
    }

    private void stopOnce() {
        if (stopped.compareAndSet(false, true)) {
            stop.run();
        }
    }
}
