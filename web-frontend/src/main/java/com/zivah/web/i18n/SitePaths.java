package com.zivah.web.i18n;

import com.zivah.platform.i18n.Language;
import com.zivah.platform.ui.i18n.RequestLanguage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The public URLs of the site, one per language: {@code /es/...} and {@code /en/...} with localized words
 * (catalogo/catalog, productos/products). Slugs are the same in both languages, so every page has an exact
 * counterpart in the other one ({@link #switchLanguage}).
 */
public final class SitePaths {

    private SitePaths() {
    }

    public static String home(Language language) {
        return "/" + language.tag() + "/";
    }

    public static String catalog(Language language) {
        return "/" + language.tag() + "/" + language.pick("catalogo", "catalog");
    }

    public static String category(Language language, String slug) {
        return catalog(language) + "/" + encode(slug);
    }

    public static String product(Language language, String slug) {
        return "/" + language.tag() + "/" + language.pick("productos", "products") + "/" + encode(slug);
    }

    /**
     * The old single-product link ({@code /cotizar?producto=&cantidad=&lang=}), kept for product pages and cards
     * (cached pages, no CSRF token): it puts the product in the quote cart and redirects to {@link #cart}.
     */
    public static String quote(Language language) {
        return "/cotizar?" + LanguageResolver.PARAM + "=" + language.tag();
    }

    /** The quote cart and the RFQ form under it. */
    public static String cart(Language language) {
        return "/" + language.tag() + "/" + language.pick("cotizacion", "quote");
    }

    /** POST target of the cart's line forms (change quantity, note, remove): stores nothing server-side. */
    public static String cartLines(Language language) {
        return cart(language) + "/" + language.pick("lineas", "lines");
    }

    /** The item-count fragment of the header (loaded by htmx, so cached pages never embed a visitor's count). */
    public static String cartCount(Language language) {
        return cart(language) + "/" + language.pick("contador", "count");
    }

    /** POST target of the RFQ form. */
    public static String cartSend(Language language) {
        return cart(language) + "/" + language.pick("enviar", "send");
    }

    public static String cartThanks(Language language) {
        return cart(language) + "/" + language.pick("gracias", "thanks");
    }

    /** The contact form (GET shows it, POST sends it). */
    public static String contact(Language language) {
        return "/" + language.tag() + "/" + language.pick("contacto", "contact");
    }

    public static String contactThanks(Language language) {
        return contact(language) + "/" + language.pick("gracias", "thanks");
    }

    /** The language of a path under a language prefix ({@code /es}, {@code /en/...}). */
    public static Optional<Language> prefixLanguage(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Language language : Language.values()) {
            String prefix = "/" + language.tag();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The same page in {@code target}: a prefixed path has its prefix and localized first word swapped (the rest
     * and the query kept); any other path keeps itself with {@code ?lang=} replaced. Raw (encoded) path and query.
     */
    public static String switchLanguage(String rawPath, String rawQuery, Language target) {
        Optional<Language> current = prefixLanguage(rawPath);
        if (current.isPresent()) {
            String rest = rawPath.substring(3);
            String translated = translateFirstWord(rest, current.get(), target);
            String path = "/" + target.tag() + (translated.isEmpty() ? "/" : translated);
            return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
        }
        return RequestLanguage.switchUrl(rawPath, rawQuery, target);
    }

    private static String translateFirstWord(String rest, Language from, Language to) {
        if (rest.isEmpty() || rest.equals("/")) {
            return "";
        }
        int end = rest.indexOf('/', 1);
        String word = end < 0 ? rest.substring(1) : rest.substring(1, end);
        String tail = end < 0 ? "" : rest.substring(end);
        String translated = word;
        if (word.equals(from.pick("catalogo", "catalog"))) {
            translated = to.pick("catalogo", "catalog");
        } else if (word.equals(from.pick("productos", "products"))) {
            translated = to.pick("productos", "products");
        } else if (word.equals(from.pick("cotizacion", "quote"))) {
            translated = to.pick("cotizacion", "quote");
            tail = translateSecondWord(tail, from, to);
        } else if (word.equals(from.pick("contacto", "contact"))) {
            translated = to.pick("contacto", "contact");
            tail = translateSecondWord(tail, from, to);
        }
        return "/" + translated + tail;
    }

    /** The cart's and the contact form's own sub-pages (gracias/thanks, ...). */
    private static String translateSecondWord(String tail, Language from, Language to) {
        for (String[] pair : new String[][] {{"gracias", "thanks"}, {"lineas", "lines"}, {"contador", "count"},
            {"enviar", "send"}}) {
            String word = from.pick(pair[0], pair[1]);
            if (tail.equals("/" + word) || tail.startsWith("/" + word + "/")) {
                return "/" + to.pick(pair[0], pair[1]) + tail.substring(word.length() + 1);
            }
        }
        return tail;
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
