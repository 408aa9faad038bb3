package dev.orderledger.notification.webhook;

import dev.orderledger.api.common.InvalidValue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where webhooks may go. A URL is HTTPS with a host, and no user info or fragment. A seller must not
 * reach the ledger's own network through it (SSRF): unless {@code allowPrivateAddresses} (development
 * and tests), an endpoint on a loopback, private, link-local, unique-local, shared (100.64/10) or
 * unspecified address is refused at registration when the URL names the address (or {@code localhost}),
 * and every attempt first resolves the host and refuses to connect when any address it has is one of
 * those. The client then resolves the name again, so a name whose answers change between the two
 * (DNS rebinding) is not stopped here: ADR 0025 says what a deployment adds.
 */
final class AddressPolicy {

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private final boolean allowPrivateAddresses;

    AddressPolicy(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** The URL a seller registers, checked; a 400 naming {@code url} otherwise. */
    URI requireAllowed(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            throw new InvalidValue("url", "not a URL: " + malformed.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidValue("url", "a webhook URL is https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidValue("url", "a webhook URL has a host, and no user info or fragment");
        }
        if (!allowPrivateAddresses && namesPrivateAddress(uri.getHost())) {
            throw new InvalidValue("url", "a webhook URL must not be on a loopback or private address");
        }
        return uri;
    }

    /** Why an attempt to this URL must not connect (its host resolves to a private address, or not at all), if it must not. */
    Optional<String> refusal(URI url) {
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("the host resolves to a non-public address, which webhooks may not reach");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException unknown) {
            return Optional.of("unknown host " + url.getHost());
        }
    }

    private static boolean namesPrivateAddress(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (!name.startsWith("[") && !IPV4_LITERAL.matcher(name).matches()) {
            return false; // a name: checked when it is resolved, at each attempt
        }
        try {
            return !isPublic(InetAddress.getByName(name));
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** An address anyone on the internet could have: none of the local, private or reserved ranges. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            boolean thisNetwork = first == 0;
            boolean shared = first == 100 && second >= 64 && second < 128;
            boolean reserved = first >= 240;
            return !(thisNetwork || shared || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xFE) == 0xFC;
            return !uniqueLocal && !mapsPrivateIpv4(bytes);
        }
        return true;
    }

    /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) of an address that is not public. */
    private static boolean mapsPrivateIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        if ((bytes[10] & 0xFF) != 0xFF || (bytes[11] & 0xFF) != 0xFF) {
            return false;
        }
        try {
            return !isPublic(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (UnknownHostException impossible) {
            return true;
        }
    }
}
