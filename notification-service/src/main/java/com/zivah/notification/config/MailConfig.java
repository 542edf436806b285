package com.zivah.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;

/**
 * The mails: limits on mails to visitors' addresses, the sender of the durable queue, and the Kafka consumers'
 * static membership (the site settings' defaults are platform-settings' {@code zivah.site-settings.defaults.*}). The sender address is
 * Quarkus' own {@code quarkus.mailer.from} (env {@code QUARKUS_MAILER_FROM}), configured once there.
 */
@ConfigMapping(prefix = "zivah.mail")
public interface MailConfig {

    /** At most {@code max} mails (confirmations, auto-replies) per recipient address in any sliding {@code window}. */
    RecipientLimit recipientLimit();

    /** At most {@code max} mails to visitors' addresses, all replicas together, per fixed {@code window}. */
    Budget budget();

    /** The loop that hands queued mails to the SMTP server. */
    Sender sender();

    /** Base URL of the staff pages; the sales alert links to {@code <admin-base-url>/admin/quotes/<number>}. */
    @WithDefault("http://localhost")
    String adminBaseUrl();

    /** Kafka consumers' static membership. */
    Consumer consumer();

    interface RecipientLimit {
        /** Mails one address may get per window; 0 mails nobody. */
        @WithDefault("3")
        @Min(0)
        int max();

        /** Length of the sliding window (e.g. {@code 1h}, {@code 30m}). */
        @WithDefault("1h")
        Duration window();
    }

    interface Budget {
        /** Mails to visitors per window in total; 0 mails nobody. */
        @WithDefault("500")
        @Min(0)
        int max();

        /** Length of the fixed budget window, aligned to the epoch (1h: from the top of each UTC hour). */
        @WithDefault("1h")
        Duration window();
    }

    interface Sender {
        /** Off: mails are queued but nobody on this instance sends them (another replica may). */
        @WithDefault("true")
        boolean enabled();

        /** Mails handed to the SMTP server at once (SMTP connections; {@code quarkus.mailer.max-pool-size} follows). */
        @WithDefault("16")
        @Min(1)
        @Max(512)
        int concurrency();

        /** At most this many due rows claimed per query. */
        @WithDefault("32")
        @Min(1)
        @Max(1000)
        int batchSize();

        /** Look for due rows at least this often (besides the wake-up after each commit that queued mail). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * A claimed row is not due again for this long: if this instance dies mid-send, another sends it after
         * the lease. Longer than the mailer's timeout.
         */
        @WithDefault("1m")
        Duration claimLease();

        /** First delay after a failed attempt; doubled each attempt (with up to 20 % jitter) up to {@code max-backoff}. */
        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /** A mail still failing this long after it was queued (or resent) is FAILED. */
        @WithDefault("24h")
        Duration giveUpAfter();
    }

    interface Consumer {
        /**
         * Kafka {@code group.instance.id} base of this instance (static membership: a restarted instance takes its
         * partitions back at once instead of waiting for the dead member's session to expire). Default: the host
         * name, plus {@code ZIVAH_INSTANCE_ID} when set. Must differ between replicas.
         */
        Optional<String> groupInstanceId();
    }
}
