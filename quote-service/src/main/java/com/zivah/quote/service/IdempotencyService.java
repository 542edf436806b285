package com.zivah.quote.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemException;
import com.zivah.quote.api.Idempotent;
import com.zivah.quote.config.QuoteConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The Idempotency-Key of public create requests (quotes and contact messages: one implementation for both).
 *
 * <p>{@link #claim} runs first in the creating transaction: it inserts the key with the SHA-256 of the canonical
 * request (the parsed request record serialised again, so whitespace and key order of the client's JSON do not
 * matter) using {@code insert ... on conflict do nothing}. A concurrent request with the same key blocks on the
 * unique index until the first transaction ends: if it committed, the row is there and the second one replays its
 * answer; if it rolled back (a refused request), the second one owns the key. {@link #complete} records the
 * created thing's reference in the same transaction, so a committed key always points at committed data. Keys are
 * remembered for {@code zivah.quote.idempotency.retention} (24 h) and purged on a schedule.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyService {

    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,100}");

    /** What a key is for: keys of quotes and contact messages never collide. */
    public enum Scope {
        QUOTE("quote"), CONTACT("contact");

        final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final QuoteConfig config;

    public IdempotencyService(EntityManager em, ObjectMapper json, QuoteConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /**
     * The header's key, checked: absent or empty → empty (no idempotency); anything but
     * {@code [A-Za-z0-9_-]{16,100}} → 400 naming it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> parse(String header) {
        if (header == null || header.isEmpty()) {
            return Optional.empty();
        }
        if (!KEY.matcher(header).matches()) {
            throw ProblemException.invalid(Idempotent.KEY_HEADER, "{quote.idempotency-key.format}");
        }
        return Optional.of(header);
    }

    /**
     * Claims {@code key} for {@code request} in the caller's transaction. Empty: the key is new, create the thing
     * and call {@link #complete}. A reference: an earlier request with this key and the same body created it, replay
     * it. The same key with another body → 422 naming {@code Idempotency-Key}.
     */
    public Optional<String> claim(Scope scope, String key, Object request) {
        String hash = hash(request);
        for (int attempt = 0; attempt < 2; attempt++) {
            int inserted = em.createNativeQuery("""
                            insert into idempotency_key (scope, idem_key, request_hash, created_at)
                            values (?1, ?2, ?3, ?4) on conflict (scope, idem_key) do nothing
                            """)
                    .setParameter(1, scope.column)
                    .setParameter(2, key)
                    .setParameter(3, hash)
                    .setParameter(4, Instant.now())
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select request_hash, response_ref, created_at < ?3 from idempotency_key
                            where scope = ?1 and idem_key = ?2
                            """)
                    .setParameter(1, scope.column)
                    .setParameter(2, key)
                    .setParameter(3, Instant.now().minus(config.idempotency().retention()))
                    .getResultList();
            if (rows.isEmpty()) {
                continue; // purged between the two statements: claim it again
            }
            if (Boolean.TRUE.equals(rows.get(0)[2]) && attempt == 0) {
                // older than the retention but not purged yet: forgotten, as if the purge had run
                em.createNativeQuery("delete from idempotency_key where scope = ?1 and idem_key = ?2 and created_at < ?3")
                        .setParameter(1, scope.column)
                        .setParameter(2, key)
                        .setParameter(3, Instant.now().minus(config.idempotency().retention()))
                        .executeUpdate();
                continue;
            }
            if (!hash.equals(rows.get(0)[0])) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "This Idempotency-Key was used for a different request", List.of(new Problem.FieldError(
                        Idempotent.KEY_HEADER, "{quote.idempotency-key.reused}")));
            }
            String reference = (String) rows.get(0)[1];
            if (reference == null) {
                throw new IllegalStateException("Idempotency key " + scope + "/" + key + " committed without a reference");
            }
            return Optional.of(reference);
        }
        throw new IllegalStateException("Idempotency key " + scope + "/" + key + " could not be claimed");
    }

    /** Records what the claimed key created (its quote number or message reference), in the same transaction. */
    public void complete(Scope scope, String key, String reference) {
        em.createNativeQuery("update idempotency_key set response_ref = ?3 where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope.column)
                .setParameter(2, key)
                .setParameter(3, reference)
                .executeUpdate();
    }

    /** Every {@code zivah.quote.idempotency.purge-every}, in its own transaction. */
    @Scheduled(every = "${zivah.quote.idempotency.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void purgeOnSchedule() {
        purge();
    }

    /** Forgets keys older than the retention (in the caller's transaction); returns how many. */
    public int purge() {
        int deleted = em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, Instant.now().minus(config.idempotency().retention()))
                .executeUpdate();
        if (deleted > 0) {
            LOG.infof("Purged %d idempotency keys older than %s", deleted, config.idempotency().retention());
        }
        return deleted;
    }

    /** The SHA-256 (hex) of the canonical form of {@code request}: the record serialised again. */
    @Transactional(Transactional.TxType.SUPPORTS)
    String hash(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }
}
