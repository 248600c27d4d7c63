package ru.opora.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides where the server may send webhooks: the URL must be HTTP(S) without credentials, match one of the configured
 * patterns, and its host must resolve only to public addresses, unless the operator named the host as a private
 * receiver. The check is made when a subscription is saved and again before every delivery, on the addresses the
 * delivery then connects to, so that a name that later resolves inward (DNS rebinding) is refused too.
 */
@ApplicationScoped
public class UrlGuard {

    /** Where a delivery connects: the URL's parts and the checked address. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {

        /** The path and query to request. */
        public String pathAndQuery() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** A URL the server will not send to, with the reason in Russian. */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final List<Pattern> allowed;
    private final Set<String> privateHosts;

    UrlGuard(WebhookConfig config) {
        this.allowed = config.allowedUrls().stream().map(Pattern::compile).toList();
        this.privateHosts = config.allowPrivateHosts().orElse(List.of()).stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The target of a URL the server may send to now; refused otherwise (a host that does not resolve too). */
    public Target check(String url) throws Refused {
        return check(url, true);
    }

    /**
     * Checks a URL as a subscription is saved: as {@link #check(String)}, except that a host name that does not resolve
     * now is accepted (DNS may be down or the receiver not yet published); every delivery checks it again.
     */
    public void checkSaved(String url) throws Refused {
        check(url, false);
    }

    private Target check(String url, boolean mustResolve) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("адрес не разбирается как URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new Refused("нужен полный адрес http(s)://хост/путь");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("адрес не должен содержать имя пользователя, пароль или фрагмент (#)");
        }
        if (allowed.stream().noneMatch(p -> p.matcher(url).matches())) {
            throw new Refused("адрес не подходит ни под один разрешённый шаблон сервера: " + allowed);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            if (mustResolve) {
                throw new Refused("хост «" + host + "» не найден");
            }
            return null;
        }
        if (!privateHosts.contains(bare)) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    throw new Refused("хост «" + host + "» ведёт во внутреннюю сеть (" + address.getHostAddress()
                            + "); такие адреса запрещены");
                }
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Target(uri, bare, port, scheme.equals("https"), addresses[0]);
    }

    /** Loopback, private, link-local, carrier-grade NAT, multicast, reserved and unspecified addresses. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || first == 127 || first >= 224
                    || first == 100 && second >= 64 && second < 128          // 100.64.0.0/10
                    || first == 169 && second == 254                         // link-local, cloud metadata
                    || first == 172 && second >= 16 && second < 32
                    || first == 192 && second == 168
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0     // 192.0.0.0/24
                    || first == 198 && (second == 18 || second == 19);       // 198.18.0.0/15
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                                    // fc00::/7 unique local
                return true;
            }
            boolean mapped = true;                                           // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
