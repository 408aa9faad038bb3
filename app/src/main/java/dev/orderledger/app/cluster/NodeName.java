package dev.orderledger.app.cluster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * This node's name among the nodes of one database: {@code ledger.cluster.node-name}, or its host, its HTTP
 * port and its data directory, which stay the same when the node restarts and differ between two nodes
 * running at once (two processes cannot listen on one port of one host). It is also the owner its claims on
 * the processors' segments carry, so it is kept to {@value #LONGEST} characters: a longer one keeps its start
 * and a hash of the whole.
 */
@Component
public class NodeName {

    static final int LONGEST = 255;

    private final String value;

    NodeName(@Value("${ledger.cluster.node-name:}") String configured, @Value("${server.port:8080}") int port,
             @Value("${ledger.data-dir:var}") String dataDirectory) {
        String name = configured.isBlank() ? host() + ":" + port + ":" + Path.of(dataDirectory).toAbsolutePath().normalize()
                : configured;
        this.value = name.length() <= LONGEST ? name
                : name.substring(0, LONGEST - 9) + "~" + "%08x".formatted(name.hashCode());
    }

    public String value() {
        return value;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "localhost";
        }
    }
}
