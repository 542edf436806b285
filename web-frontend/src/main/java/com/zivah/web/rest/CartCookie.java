package com.zivah.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.web.config.WebConfig;
import com.zivah.web.service.QuoteCart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jboss.logging.Logger;

/**
 * The quote cart as a cookie: {@code 1.<payload>.<signature>}, the payload the lines as compact JSON, deflated and
 * Base64url-encoded, signed with HMAC-SHA256 ({@link Signatures}, purpose "quote-cart"). HttpOnly, SameSite=Lax,
 * Path=/, Secure when the public base URL is https, kept {@value #DAYS} days. A cookie that is not exactly what this
 * class wrote (tampered, truncated, garbled, another version) reads as the empty cart, never a failure. Bounded: at
 * most {@link QuoteCart#MAX_LINES} lines and {@value #MAX_VALUE} characters (browsers keep 4096 bytes per cookie,
 * name and attributes included); a cart that would not fit is refused by {@link #fits}, never cut.
 */
@ApplicationScoped
public class CartCookie {

    public static final String NAME = "quote-cart";
    static final int DAYS = 30;
    /** The cookie's value at most; with the name and attributes the Set-Cookie stays under 4 KB. */
    static final int MAX_VALUE = 3800;
    private static final String VERSION = "1";
    private static final String PURPOSE = "quote-cart";
    /** The inflated payload at most (a zip bomb in a forged cookie would fail the signature first anyway). */
    private static final int MAX_PAYLOAD = 64 * 1024;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Logger LOG = Logger.getLogger(CartCookie.class);

    private final Signatures signatures;
    private final ObjectMapper json;
    private final boolean secure;

    public CartCookie(Signatures signatures, ObjectMapper json, WebConfig config) {
        this.signatures = signatures;
        this.json = json;
        this.secure = config.publicBaseUrl().startsWith("https:");
    }

    /** The cart of this request (empty when there is none or it is not one this site wrote). */
    public QuoteCart read(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(NAME);
        return cookie == null ? QuoteCart.EMPTY : decode(cookie.getValue());
    }

    /** Whether the cart fits in the cookie. */
    public boolean fits(QuoteCart cart) {
        return cart.lines().size() <= QuoteCart.MAX_LINES && encode(cart).length() <= MAX_VALUE;
    }

    /** The Set-Cookie for this cart (an empty cart removes the cookie). */
    public NewCookie write(QuoteCart cart) {
        if (cart.isEmpty()) {
            return clear();
        }
        return cookie(encode(cart), (int) Duration.ofDays(DAYS).toSeconds());
    }

    public NewCookie clear() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    String encode(QuoteCart cart) {
        ArrayNode lines = json.createArrayNode();
        for (QuoteCart.Line line : cart.lines()) {
            ObjectNode node = lines.addObject();
            node.put("p", line.productId());
            node.put("q", line.quantity());
            if (line.note() != null) {
                node.put("n", line.note());
            }
            if (line.minOrder() != null) {
                node.put("m", line.minOrder());
            }
            if (line.price() != null) {
                node.put("c", line.price().toPlainString());
            }
        }
        String payload = B64.encodeToString(deflate(lines.toString().getBytes(StandardCharsets.UTF_8)));
        String signed = VERSION + "." + payload;
        return signed + "." + signatures.sign(PURPOSE, signed);
    }

    QuoteCart decode(String value) {
        try {
            int last = value == null ? -1 : value.lastIndexOf('.');
            if (last < 0 || value.length() > MAX_VALUE || !value.startsWith(VERSION + ".")) {
                return QuoteCart.EMPTY;
            }
            String signed = value.substring(0, last);
            if (!signatures.verify(PURPOSE, signed, value.substring(last + 1))) {
                LOG.debug("ignored a quote cart cookie with a wrong signature");
                return QuoteCart.EMPTY;
            }
            byte[] payload = inflate(Base64.getUrlDecoder().decode(signed.substring(VERSION.length() + 1)));
            JsonNode lines = json.readTree(payload);
            List<QuoteCart.Line> read = new ArrayList<>();
            for (JsonNode node : lines) {
                long productId = node.path("p").asLong();
                int quantity = node.path("q").asInt();
                if (productId <= 0 || quantity <= 0 || quantity > QuoteCart.MAX_QUANTITY) {
                    continue;
                }
                read.add(new QuoteCart.Line(productId, quantity, text(node, "n").orElse(null),
                        node.has("m") ? node.get("m").asInt() : null,
                        text(node, "c").map(BigDecimal::new).orElse(null)));
            }
            return read.size() > QuoteCart.MAX_LINES ? QuoteCart.EMPTY : new QuoteCart(read);
        } catch (RuntimeException | IOException | DataFormatException unreadable) {
            LOG.debugf("ignored an unreadable quote cart cookie: %s", unreadable.toString());
            return QuoteCart.EMPTY;
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3 + 16);
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_PAYLOAD) {
                    throw new DataFormatException("payload too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
