package com.zivah.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How many confirmations go out, and how the SMTP readiness check probes the server. The sender address is
 * Quarkus' own {@code quarkus.mailer.from} (env {@code QUARKUS_MAILER_FROM}), configured once there.
 */
@ConfigMapping(prefix = "zivah.mail")
public interface MailConfig {

    /** Connect timeout of the readiness check's TCP probe of the SMTP server. */
    @WithDefault("1s")
    Duration smtpCheckTimeout();

    /** At most {@code max} confirmations per recipient address in any sliding {@code window}. */
    RecipientLimit recipientLimit();

    /** At most {@code max} confirmations, all addresses and replicas together, per fixed {@code window}. */
    Budget budget();

    interface RecipientLimit {
        /** Confirmations one address may get per window; 0 mails nobody. */
        @WithDefault("3")
        @Min(0)
        int max();

        /** Length of the sliding window (e.g. {@code 1h}, {@code 30m}). */
        @WithDefault("1h")
        Duration window();
    }

    interface Budget {
        /** Confirmations per window in total; 0 mails nobody. */
        @WithDefault("500")
        @Min(0)
        int max();

        /** Length of the fixed budget window, aligned to the epoch (1h: from the top of each UTC hour). */
        @WithDefault("1h")
        Duration window();
    }
}
