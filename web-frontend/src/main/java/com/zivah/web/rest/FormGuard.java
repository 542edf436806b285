package com.zivah.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The anti-spam and anti-duplicate fields every public form carries beside its CSRF token:
 * <ul>
 * <li>{@code idempotencyKey}: a random UUID made when the form is first drawn, kept through every re-display (error,
 * too fast, upstream down), sent to quote-service as the {@code Idempotency-Key} header: a double click, a reload
 * that resubmits, back + resubmit and a network retry all carry it, so they make one quote;</li>
 * <li>{@code started}: when the form was drawn, signed ({@link Signatures}, bound to the key), so a bot can neither
 * skip nor forge the minimum fill time;</li>
 * <li>{@code website}: a honeypot field people never see (hidden by CSS, out of the tab order, unlabelled for
 * assistive technology); a filled one means a bot: it gets a normal-looking success and nothing is stored.</li>
 * </ul>
 */
@ApplicationScoped
public class FormGuard {

    /** Below this a form was filled by a machine (a person cannot read and type it). */
    static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);
    /** quote-service's rule for the header. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,100}");
    private static final String PURPOSE = "form-started";

    /** What the guard thinks of a posted form. */
    public enum Verdict { HUMAN, BOT, TOO_FAST }

    /** The hidden fields of a drawn form. */
    public record Fields(String idempotencyKey, String started) {
    }

    private final Signatures signatures;
    private final Clock clock;

    public FormGuard(Signatures signatures) {
        this.signatures = signatures;
        this.clock = Clock.systemUTC();
    }

    /** Fields for a freshly drawn form. */
    public Fields fresh() {
        return forKey(UUID.randomUUID().toString());
    }

    /**
     * Fields for a form drawn again (errors, too fast, upstream down): the posted key when it is one ours could be (so
     * a resubmission stays the same request), a new one otherwise; the posted render time when it is genuine (the fill
     * time counts from the first view: a person who fixes one field in a second is not a bot), else now.
     */
    public Fields again(String postedKey, String postedStarted) {
        if (postedKey == null || !KEY.matcher(postedKey).matches()) {
            return fresh();
        }
        return genuine(postedKey, postedStarted) ? new Fields(postedKey, postedStarted) : forKey(postedKey);
    }

    private boolean genuine(String key, String started) {
        int dot = started == null ? -1 : started.indexOf('.');
        if (dot <= 0 || !started.substring(0, dot).matches("[0-9]{1,15}")) {
            return false;
        }
        String millis = started.substring(0, dot);
        return signatures.verify(PURPOSE, millis + ":" + key, started.substring(dot + 1));
    }

    private Fields forKey(String key) {
        return new Fields(key, started(signatures, clock.millis(), key));
    }

    /** The signed render time of a form with this key drawn at {@code millis}. */
    static String started(Signatures signatures, long millis, String key) {
        return millis + "." + signatures.sign(PURPOSE, millis + ":" + key);
    }

    /**
     * The verdict on a posted form: a filled honeypot is a bot; a missing, forged or foreign render time, a key of
     * the wrong shape or a fill under {@link #MIN_FILL_TIME} is "too fast" (a person just sends it again).
     */
    public Verdict judge(String idempotencyKey, String started, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.BOT;
        }
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches() || !genuine(idempotencyKey, started)) {
            return Verdict.TOO_FAST;
        }
        long elapsed = clock.millis() - Long.parseLong(started.substring(0, started.indexOf('.')));
        return elapsed < MIN_FILL_TIME.toMillis() ? Verdict.TOO_FAST : Verdict.HUMAN;
    }
}
