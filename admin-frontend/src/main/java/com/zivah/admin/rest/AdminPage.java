package com.zivah.admin.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.RequestLanguage;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * What the admin layout needs on every page: the language ({@code <html lang>}), the language-switch links (this
 * page with {@code ?lang=}), the current navigation entry ({@code section}: dashboard, quotes, contact, products,
 * categories, settings, users, activity, deliveries) and an optional success message (already localized) shown
 * once after a redirect; {@code bare}: a failure page ({@link #asBare}). Build it with {@link #of}; the signed-in
 * staff member is {@code {inject:staff}}.
 */
public record AdminPage(String lang, String esUrl, String enUrl, String section, String flash, boolean bare) {

    public static AdminPage of(Language language, UriInfo uri, String section) {
        String path;
        String query;
        try {
            URI url = uri.getRequestUri();
            path = url.getRawPath();
            query = url.getRawQuery();
        } catch (RuntimeException undecodable) {
            path = null;
            query = null;
        }
        return of(language, path, query, section);
    }

    /** For pages answered outside JAX-RS (no {@link UriInfo}): the switch leads to the dashboard. */
    public static AdminPage of(Language language, String rawPath, String rawQuery, String section) {
        String path = rawPath == null || !rawPath.startsWith("/admin") ? "/admin" : rawPath;
        String query = rawPath == null ? null : rawQuery;
        return new AdminPage(language.tag(), RequestLanguage.switchUrl(path, query, Language.ES),
                RequestLanguage.switchUrl(path, query, Language.EN), section, null, false);
    }

    /** The same page with a success message at the top (e.g. after a saved change). */
    public AdminPage withFlash(String message) {
        return new AdminPage(lang, esUrl, enUrl, section, message, bare);
    }

    /**
     * The page of a failure: the layout without the staff member's name, navigation and logout form, since a failure
     * page may be rendered where neither the identity (IO thread, unmatched path) nor a CSRF token is available.
     */
    public AdminPage asBare() {
        return new AdminPage(lang, esUrl, enUrl, section, flash, true);
    }

    public boolean isEnglish() {
        return "en".equals(lang);
    }

    public Language language() {
        return Language.ofTag(lang);
    }
}
