package com.zivah.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem messages of a data service are complete: every {@code ProblemMessages.properties} (English) on the
 * class path (platform-web's, platform-activity's, the service's own) has a {@code ProblemMessages_es.properties}
 * beside it with exactly the same keys, and every {@code "{key}"} the service's sources name (annotation messages,
 * {@code ProblemException.invalid}, {@code Problem.FieldError}) is defined. A service's
 * {@code ProblemMessagesTest} extends this (a plain unit test).
 */
public abstract class ProblemMessagesContract {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"\\{([a-z][a-z0-9]*(?:[.-][a-z0-9]+)+)}\"");

    /** The sources whose keys must exist (the module's {@code src/main/java}). */
    protected Path sources() {
        return Path.of("src/main/java");
    }

    @Test
    void everyEnglishBundleHasASpanishTwinWithTheSameKeys() throws IOException {
        List<URL> english = Collections.list(loader().getResources("ProblemMessages.properties"));
        assertFalse(english.isEmpty(), "no ProblemMessages.properties on the class path");
        for (URL url : english) {
            URL spanish = new URL(url.toExternalForm().replace("ProblemMessages.properties",
                    "ProblemMessages_es.properties"));
            Set<String> en = read(url).stringPropertyNames();
            Set<String> es = read(spanish).stringPropertyNames();
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(es);
            Set<String> onlyEs = new TreeSet<>(es);
            onlyEs.removeAll(en);
            assertEquals(Set.of(), onlyEn, "keys without Spanish text in " + spanish);
            assertEquals(Set.of(), onlyEs, "keys without English text in " + url);
            read(spanish).forEach((key, text) -> assertFalse(text.toString().isBlank(), key + " is blank in " + spanish));
        }
    }

    @Test
    void everyKeyTheSourcesNameIsDefined() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (URL url : Collections.list(loader().getResources("ProblemMessages.properties"))) {
            defined.addAll(read(url).stringPropertyNames());
        }
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!defined.contains(m.group(1))) {
                        used.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(used.isEmpty(), "problem message keys in no bundle: " + used);
    }

    private static ClassLoader loader() {
        return Thread.currentThread().getContextClassLoader();
    }

    private static Properties read(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
