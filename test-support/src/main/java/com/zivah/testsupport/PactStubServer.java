package com.zivah.testsupport;

import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Request;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the services a frontend calls that answer ONLY with committed contracts: each path prefix
 * ({@code /api/quotes}) is served from one pact file ({@code docs/contracts/<consumer>-<provider>.json}, which the
 * provider's build verifies against the real service); a request is matched (method, path, query, headers, body, by
 * Pact's own matching rules) and gets the most specific matching interaction's response (fewest matching rules). A
 * request no interaction matches is a loud failure: a 500 whose body and stderr name the request and the nearest
 * mismatches. A provider can be switched to {@code ERROR} (503) or {@code DOWN} (connection dropped); the last request
 * per provider is kept for assertions. Optionally serves just enough of Keycloak's OIDC discovery for a web app.
 * Tests steer and inspect it over HTTP as well ({@code /__stub/...}, see {@link Remote}), since the test class and
 * this server may live in different class loaders.
 */
public final class PactStubServer {

    /** What a test may inspect of the last request to a provider. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Path> pactsByPrefix;
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<String, Recorded> last = new ConcurrentHashMap<>();
    private final AtomicInteger unmatched = new AtomicInteger();
    private final HttpServer server;

    /** @param pactsByPrefix path prefix → committed pact file answering it */
    public PactStubServer(Map<String, Path> pactsByPrefix, boolean oidcDiscovery) {
        this.pactsByPrefix = Map.copyOf(pactsByPrefix);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        pactsByPrefix.forEach((prefix, pact) -> server.createContext(prefix, exchange -> answer(prefix, exchange)));
        if (oidcDiscovery) {
            server.createContext("/realms/zivah/", this::oidc);
        }
        server.createContext("/__stub/", this::control);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /** OK (from the contract), ERROR (503) or DOWN (connection dropped) for the provider at {@code prefix}. */
    public void mode(String prefix, String mode) {
        modes.put(prefix, mode);
    }

    public Optional<Recorded> last(String prefix) {
        return Optional.ofNullable(last.get(prefix));
    }

    /** Requests no interaction matched since the start. */
    public int unmatched() {
        return unmatched.get();
    }

    private void answer(String prefix, HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        last.put(prefix, new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, new String(body, StandardCharsets.UTF_8)));
        switch (modes.getOrDefault(prefix, "OK")) {
            case "DOWN" -> exchange.close();
            case "ERROR" -> send(exchange, 503, "text/plain", "unavailable");
            default -> answerFromContract(pactsByPrefix.get(prefix), exchange, body, headers);
        }
    }

    private void answerFromContract(Path pact, HttpExchange exchange, byte[] body, Map<String, List<String>> headers)
            throws IOException {
        if (!respond(pact, exchange, body)) {
            unmatched.incrementAndGet();
        }
    }

    /**
     * Answers {@code exchange} with the most specific interaction of {@code pact} matching it (method, path, query,
     * headers, body by Pact's matching rules); false, after a 500 naming the request and the nearest mismatches (also
     * on stderr), when none matches. For fakes that add behaviour of their own around the contract.
     */
    public static boolean respond(Path pact, HttpExchange exchange, byte[] body) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        Request actual = request(exchange, body, headers);
        List<String> mismatches = new ArrayList<>();
        Optional<SynchronousRequestResponse> match = interactions(pact).stream()
                .filter(interaction -> {
                    RequestMatchResult result = RequestMatching.requestMismatches(interaction.getRequest(), actual);
                    if (!result.matchedOk() && result.matchedMethodAndPath()) {
                        mismatches.add("  \"" + interaction.getDescription() + "\": " + result.getMismatches().stream()
                                .map(m -> m.description()).toList());
                    }
                    return result.matchedOk();
                })
                .min(Comparator.comparingInt(PactStubServer::ruleCount));
        if (match.isEmpty()) {
            String failure = "PactStubServer: no interaction of " + pact + " matches " + actual.getMethod() + " "
                    + exchange.getRequestURI() + " " + new String(body, StandardCharsets.UTF_8) + "\n"
                    + String.join("\n", mismatches)
                    + "\nEither the page test sends something the app does not really send, or the client changed:"
                    + " describe it in the client's Pact test (docs/contracts/README.md).";
            System.err.println(failure);
            send(exchange, 500, "text/plain", failure);
            return false;
        }
        IResponse response = match.get().getResponse();
        byte[] answer = response.getBody().isPresent() ? response.getBody().getValue() : new byte[0];
        response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.sendResponseHeaders(response.getStatus(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
        return true;
    }

    /** The committed contract, read on every request (small files), so a test never sees a stale copy. */
    private static List<SynchronousRequestResponse> interactions(Path pact) {
        List<SynchronousRequestResponse> interactions = new ArrayList<>();
        for (Interaction interaction : DefaultPactReader.INSTANCE.loadPact(pact.toFile()).getInteractions()) {
            interactions.add(interaction.asSynchronousRequestResponse());
        }
        return interactions;
    }

    private static int ruleCount(SynchronousRequestResponse interaction) {
        var rules = interaction.getRequest().getMatchingRules();
        return rules.getCategories().stream()
                .mapToInt(category -> rules.rulesForCategory(category).getMatchingRules().size())
                .sum();
    }

    private static Request request(HttpExchange exchange, byte[] body, Map<String, List<String>> headers) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length == 2 ? decode(kv[1]) : "");
            }
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        OptionalBody optionalBody = body.length == 0 ? OptionalBody.missing()
                : OptionalBody.body(body, type == null ? ContentType.Companion.getJSON() : new ContentType(type));
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, headers,
                optionalBody);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Just enough of Keycloak's discovery for Quarkus OIDC (web-app) to start and build the login redirect. */
    private void oidc(HttpExchange exchange) throws IOException {
        String realm = baseUrl() + "/realms/zivah";
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/.well-known/openid-configuration")) {
            send(exchange, 200, "application/json", """
                    {"issuer":"%1$s","authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                     "token_endpoint":"%1$s/protocol/openid-connect/token",
                     "jwks_uri":"%1$s/protocol/openid-connect/certs",
                     "userinfo_endpoint":"%1$s/protocol/openid-connect/userinfo",
                     "end_session_endpoint":"%1$s/protocol/openid-connect/logout"}
                    """.formatted(realm));
        } else if (path.endsWith("/protocol/openid-connect/certs")) {
            send(exchange, 200, "application/json", "{\"keys\":[]}");
        } else {
            send(exchange, 404, "text/plain", "");
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String prefix = query != null && query.startsWith("prefix=") ? query.substring("prefix=".length()) : "";
        switch (exchange.getRequestURI().getPath()) {
            case "/__stub/mode" -> {
                mode(prefix, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim());
                send(exchange, 204, "text/plain", "");
            }
            case "/__stub/last" -> {
                Recorded recorded = last.get(prefix);
                send(exchange, recorded == null ? 404 : 200, "application/json",
                        recorded == null ? "" : JSON.writeValueAsString(recorded));
            }
            case "/__stub/unmatched" -> send(exchange, 200, "text/plain", String.valueOf(unmatched.get()));
            default -> send(exchange, 404, "text/plain", "");
        }
    }

    /** The test side of {@code /__stub/...}: steer and inspect a running stub by its base URL. */
    public static final class Remote {

        private static final HttpClient HTTP = HttpClient.newHttpClient();
        private final String baseUrl;

        public Remote(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public void mode(String prefix, String mode) {
            call(HttpRequest.newBuilder(URI.create(baseUrl + "/__stub/mode?prefix=" + prefix))
                    .PUT(HttpRequest.BodyPublishers.ofString(mode)).build());
        }

        public Optional<Recorded> last(String prefix) {
            HttpResponse<String> answer = call(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/__stub/last?prefix=" + prefix)).GET().build());
            try {
                return answer.statusCode() == 404 ? Optional.empty()
                        : Optional.of(JSON.readValue(answer.body(), Recorded.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public int unmatched() {
            return Integer.parseInt(call(HttpRequest.newBuilder(URI.create(baseUrl + "/__stub/unmatched")).GET()
                    .build()).body().trim());
        }

        private static HttpResponse<String> call(HttpRequest request) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
