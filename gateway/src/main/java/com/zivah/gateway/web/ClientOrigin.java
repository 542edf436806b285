package com.zivah.gateway.web;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the client is and how it reached us. By default the gateway is the edge: the TCP peer is the
 * client and client-sent {@code X-Forwarded-*} headers are ignored. Behind trusted proxies (a TLS
 * ingress, a load balancer; {@code zivah.gateway.trusted-proxies}, IPs or CIDRs) a request from such a
 * proxy keeps its {@code X-Forwarded-Proto/Host/Port}, and the client is the right-most
 * {@code X-Forwarded-For} address that is not itself a trusted proxy.
 */
final class ClientOrigin {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpSubnetFilterRule> trusted = new ArrayList<>();

    ClientOrigin(List<String> trustedProxies) {
        for (String entry : trustedProxies) {
            String[] parts = entry.strip().split("/", 2);
            InetAddress address = parse(parts[0].strip());
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.getAddress().length * 8;
            trusted.add(new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT));
        }
    }

    boolean fromTrustedProxy(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return peer != null && isTrusted(peer.hostAddress());
    }

    /** The client address used for X-Forwarded-For upstream and for rate limiting. */
    String client(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String address = peer == null ? "unknown" : peer.hostAddress();
        if (!fromTrustedProxy(request)) {
            return address;
        }
        List<String> chain = new ArrayList<>();
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    chain.add(hop.strip());
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isTrusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return address;
    }

    /** A forwarded header's value when a trusted proxy sent it, else {@code fallback}. */
    String forwarded(HttpServerRequest request, String header, String fallback) {
        String value = request.getHeader(header);
        return value != null && !value.isBlank() && fromTrustedProxy(request) ? value.strip() : fallback;
    }

    private boolean isTrusted(String ip) {
        if (trusted.isEmpty()) {
            return false; // the default: the gateway is the edge (and this runs several times per request)
        }
        String literal = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        // only address literals: a name in a header must never cause a DNS lookup on the event loop
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return false;
        }
        try {
            InetSocketAddress socket = new InetSocketAddress(InetAddress.getByName(literal), 0);
            return trusted.stream().anyMatch(rule -> rule.matches(socket));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("zivah.gateway.trusted-proxies: not an IP address: " + literal, e);
        }
    }
}
