package com.zivah.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.web.client.QuoteCreated;
import com.zivah.web.config.WebConfig;
import com.zivah.web.service.QuoteCart;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What the confirmation page shows after the redirect of a successful RFQ (Post/Redirect/Get: the POST's answer is
 * gone by then): the quote number, the lines sent (product, quantity) and the warnings, with the idempotency key of
 * the form, so that back + resubmit of that same form after the cart was emptied leads to the same confirmation
 * instead of an "empty cart" error. A signed cookie ({@link Signatures}, purpose "quote-done"), HttpOnly, Lax,
 * kept {@value #HOURS} hours; 50 lines fit well under 4 KB. Anything not written here reads as none.
 */
@ApplicationScoped
public class ConfirmationCookie {

    public static final String NAME = "quote-done";
    static final int HOURS = 24;
    private static final String PURPOSE = "quote-done";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A confirmed RFQ as the page shows it; {@code warnings} by line index (minimum order), one per line at most. */
    public record Confirmation(String idempotencyKey, String quoteNumber, List<QuoteCart.Line> lines,
            List<QuoteCreated.Warning> warnings) {
    }

    private final Signatures signatures;
    private final ObjectMapper json;
    private final boolean secure;

    public ConfirmationCookie(Signatures signatures, ObjectMapper json, WebConfig config) {
        this.signatures = signatures;
        this.json = json;
        this.secure = config.publicBaseUrl().startsWith("https:");
    }

    public NewCookie write(Confirmation confirmation) {
        ObjectNode root = json.createObjectNode();
        root.put("k", confirmation.idempotencyKey());
        root.put("n", confirmation.quoteNumber());
        ArrayNode lines = root.putArray("l");
        for (QuoteCart.Line line : confirmation.lines()) {
            lines.addArray().add(line.productId()).add(line.quantity());
        }
        ArrayNode warnings = root.putArray("w");
        for (QuoteCreated.Warning warning : confirmation.warnings()) {
            ObjectNode node = warnings.addObject();
            node.put("f", warning.field());
            node.put("c", warning.code());
            if (warning.minimumOrder() != null) {
                node.put("m", warning.minimumOrder());
            }
        }
        String payload = B64.encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
        return new NewCookie.Builder(NAME).value(payload + "." + signatures.sign(PURPOSE, payload)).path("/")
                .maxAge((int) Duration.ofHours(HOURS).toSeconds()).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    public Optional<Confirmation> read(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(NAME);
        if (cookie == null) {
            return Optional.empty();
        }
        try {
            String value = cookie.getValue();
            int dot = value.lastIndexOf('.');
            if (dot < 0 || value.length() > 4096
                    || !signatures.verify(PURPOSE, value.substring(0, dot), value.substring(dot + 1))) {
                return Optional.empty();
            }
            JsonNode root = json.readTree(Base64.getUrlDecoder().decode(value.substring(0, dot)));
            List<QuoteCart.Line> lines = new ArrayList<>();
            for (JsonNode line : root.path("l")) {
                lines.add(new QuoteCart.Line(line.path(0).asLong(), line.path(1).asInt(), null, null, null));
            }
            List<QuoteCreated.Warning> warnings = new ArrayList<>();
            for (JsonNode warning : root.path("w")) {
                warnings.add(new QuoteCreated.Warning(warning.path("f").asText(), warning.path("c").asText(),
                        warning.has("m") ? warning.get("m").asInt() : null));
            }
            return Optional.of(new Confirmation(root.path("k").asText(), root.path("n").asText(), lines, warnings));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }
}
