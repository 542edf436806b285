package com.zivah.platform.problem;

import com.zivah.platform.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The texts of problem messages ({@code errors[].message}) in each of our languages: every
 * {@code ProblemMessages.properties} (English) and {@code ProblemMessages_es.properties} (Spanish, UTF-8) on the
 * class path, merged — platform-web's generic texts plus each service's own (a key defined twice is a startup
 * error). A message {@code "{key}"} renders as the key's text with its {@code {name}} placeholders filled; anything
 * else renders as it is. Our own bundles rather than Hibernate Validator's {@code ValidationMessages}: that one is
 * read from the first jar only (no merge across platform and service jars) and knows nothing of programmatic
 * messages; here Bean Validation annotations and {@link ProblemException}s share one set of keys.
 */
public final class ProblemMessages {

    public static final String BUNDLE = "ProblemMessages";
    /** The language of a request without (a usable) Accept-Language: API clients, logs and tests read English. */
    public static final Language API_DEFAULT = Language.EN;

    private static final Logger LOG = Logger.getLogger(ProblemMessages.class);
    private static final Pattern KEY = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*(?:[.-][a-zA-Z0-9]+)+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String FALLBACK = "zivah.invalid";
    private static final int MAX_ACCEPT_LANGUAGE = 256;

    private final Map<Language, Map<String, String>> texts;

    private ProblemMessages(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** The merged bundles visible to {@code loader}. */
    public static ProblemMessages load(ClassLoader loader) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read(loader, fileOf(language)));
        }
        return new ProblemMessages(texts);
    }

    /** The bundles of the current thread's context class loader (the application's). */
    public static ProblemMessages load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    static String fileOf(Language language) {
        return language == API_DEFAULT ? BUNDLE + ".properties" : BUNDLE + "_" + language.tag() + ".properties";
    }

    /**
     * The request's language for problem messages: the best of ours in {@code acceptLanguage}, else English. A
     * header too long to be genuine or malformed counts as absent.
     */
    public static Language languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.length() > MAX_ACCEPT_LANGUAGE) {
            return API_DEFAULT;
        }
        return Language.fromAcceptLanguage(acceptLanguage).orElse(API_DEFAULT);
    }

    /** {@code message} in {@code language}: a {@code "{key}"} looked up (English when untranslated), else as it is. */
    public String render(String message, Map<String, ?> args, Language language) {
        return fill(text(message, language), args, language);
    }

    private String text(String message, Language language) {
        String key = keyOf(message);
        if (key == null) {
            return message == null ? "" : message;
        }
        String text = texts.get(language).get(key);
        if (text == null) {
            text = texts.get(API_DEFAULT).get(key);
        }
        if (text == null) {
            // never show a key to a person: a generic text, and an error for whoever forgot the translation
            LOG.errorf("Problem message key %s is in no %s bundle", key, BUNDLE);
            text = texts.get(language).getOrDefault(FALLBACK, "is invalid");
        }
        return text;
    }

    /** The key of a {@code "{key}"} message, or null when it is a plain text. */
    public static String keyOf(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = KEY.matcher(message);
        return m.matches() ? m.group(1) : null;
    }

    /** Every key of {@code language}'s bundles. */
    public Set<String> keys(Language language) {
        return new TreeSet<>(texts.get(language).keySet());
    }

    /** The keys some language has and another lacks, as {@code "es: missing zivah.x"} lines; empty when complete. */
    public Set<String> untranslated() {
        Set<String> all = new TreeSet<>();
        texts.values().forEach(m -> all.addAll(m.keySet()));
        Set<String> missing = new TreeSet<>();
        for (Language language : Language.values()) {
            for (String key : all) {
                if (!texts.get(language).containsKey(key)) {
                    missing.add(language.tag() + ": missing " + key);
                }
            }
        }
        return missing;
    }

    /** Fills the placeholders; a value that is itself a {@link Problem.FieldError} is its message in {@code language}. */
    private String fill(String text, Map<String, ?> args, Language language) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args == null ? null : args.get(m.group(1));
            String shown = value instanceof Problem.FieldError nested
                    ? render(nested.message(), nested.args(), language) : value == null ? m.group() : display(value);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String display(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ProblemMessages::display).collect(Collectors.joining(", "));
        }
        if (value instanceof Object[] values) {
            return java.util.Arrays.stream(values).map(ProblemMessages::display).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static Map<String, String> read(ClassLoader loader, String file) {
        Map<String, String> merged = new HashMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(file);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : properties.stringPropertyNames()) {
                    String previous = merged.put(key, properties.getProperty(key));
                    if (previous != null && !previous.equals(properties.getProperty(key))) {
                        throw new IllegalStateException("Problem message key " + key + " is defined twice (" + url + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }
}
