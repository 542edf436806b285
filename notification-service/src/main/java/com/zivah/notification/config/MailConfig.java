package com.zivah.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What the mails say about their sender, and how the SMTP readiness check probes the server. */
@ConfigMapping(prefix = "zivah.mail")
public interface MailConfig {

    /** The From header of every mail. */
    @WithDefault("ZIVAH International <no-reply@zivah.example>")
    String from();

    /** Connect timeout of the readiness check's TCP probe of the SMTP server. */
    @WithDefault("1s")
    Duration smtpCheckTimeout();
}
