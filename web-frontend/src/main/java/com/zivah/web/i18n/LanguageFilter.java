package com.zivah.web.i18n;

import com.zivah.web.config.WebConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Picks the page language: an explicit {@code ?lang=} (the visible switch, remembered in the {@code lang}
 * cookie), else the cookie, else Accept-Language, else Spanish.
 */
public class LanguageFilter {

    public static final String COOKIE = "lang";
    public static final String PARAM = "lang";
    private static final String SWITCHED = LanguageFilter.class.getName() + ".switched";

    @Inject
    CurrentLanguage current;

    @Inject
    WebConfig config;

    @ServerRequestFilter(preMatching = true)
    public void resolve(ContainerRequestContext request) {
        Optional<Language> fromParam = Language.fromTag(request.getUriInfo().getQueryParameters().getFirst(PARAM));
        if (fromParam.isPresent()) {
            request.setProperty(SWITCHED, fromParam.get());
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        Language language = fromParam
                .or(() -> Language.fromTag(cookie == null ? null : cookie.getValue()))
                .or(() -> Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.DEFAULT);
        current.set(language);
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (request.getProperty(SWITCHED) instanceof Language switched) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE)
                    .value(switched.tag())
                    .path("/")
                    .maxAge((int) Duration.ofDays(config.languageCookieDays()).toSeconds())
                    .sameSite(NewCookie.SameSite.LAX)
                    .httpOnly(true)
                    .build());
        }
    }
}
