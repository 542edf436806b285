package com.zivah.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the JSON log a service writes in its test profile (a file beside the console, same JSON format):
 * every line must be one JSON object, so a test can prove that request data never forges a line.
 */
public final class JsonLogFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public JsonLogFile(Path file) {
        this.file = file;
    }

    /** The records whose MDC carries this request id; fails if any line of the file is not a JSON object. */
    public List<JsonNode> recordsOf(String requestId) {
        List<JsonNode> ours = new ArrayList<>();
        for (String line : lines()) {
            JsonNode json;
            try {
                json = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON log line: " + line, e);
            }
            if (requestId.equals(json.path("mdc").path("requestId").asText())) {
                ours.add(json);
            }
        }
        return ours;
    }

    /** Every complete line written so far (another thread may be writing the last one right now). */
    public List<String> lines() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            String text = Files.readString(file);
            return text.substring(0, text.lastIndexOf('\n') + 1).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Percent-encodes text for a path or query (spaces as %20), so a test can smuggle it in verbatim. */
    public static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
