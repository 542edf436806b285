package com.zivah.admin.i18n;

import com.zivah.admin.config.AdminConfig;
import com.zivah.platform.ui.i18n.RequestLanguage;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin's page language through the kit's {@link RequestLanguage}: no URL prefix; {@code ?lang=} (the switch in
 * the header), else the {@code lang} cookie (shared with the public site: one origin behind the gateway), else
 * Accept-Language, else Spanish. Pages read it from the kit's {@code CurrentLanguage}.
 */
@ApplicationScoped
public class AdminLanguage {

    private final AdminConfig config;

    public AdminLanguage(AdminConfig config) {
        this.config = config;
    }

    /** Before any other handler (security included), so every page of the request sees the same language. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(new RequestLanguage(path -> Optional.empty(),
                Duration.ofDays(config.languageCookieDays()), "/"));
    }
}
