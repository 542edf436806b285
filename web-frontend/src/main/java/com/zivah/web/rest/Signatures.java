package com.zivah.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HMAC-SHA256 signatures of the values the site hands to the browser and must get back unchanged (the quote cart
 * cookie, a form's render time). No secret of its own: each purpose gets a key derived from the CSRF signature key
 * ({@code CSRF_SIGNATURE_KEY} in production) as HMAC(csrfKey, "zivah/" + purpose), so a signature made for one
 * purpose (or a CSRF cookie) never verifies as another.
 */
@ApplicationScoped
public class Signatures {

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] rootKey;

    public Signatures(@ConfigProperty(name = "quarkus.rest-csrf.token-signature-key") String csrfKey) {
        this.rootKey = csrfKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature of {@code value} for {@code purpose}, Base64url without padding (43 characters). */
    public String sign(String purpose, String value) {
        return B64.encodeToString(mac(derive(purpose), value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time check of a signature made by {@link #sign}. */
    public boolean verify(String purpose, String value, String signature) {
        if (signature == null || value == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] derive(String purpose) {
        return mac(rootKey, ("zivah/" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
