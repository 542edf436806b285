package com.zivah.notification.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.notification.RecipientAddress;
import com.zivah.testsupport.EventContracts;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test fixtures: QuoteSubmitted records built from the contract example ({@code docs/events/QuoteSubmitted.v1.*}),
 * a plain producer, and mailbox reads. Every record the tests send is checked against the schema first:
 * {@link #publish(ObjectNode)} and {@link #conforming} only take events that conform, {@link #publishPoison} only
 * records that do not.
 */
public final class QuoteEvents {

    public static final String TOPIC = "zivah.quote.submitted.v1";
    public static final String DLQ = "zivah.notification.dlq";
    public static final String CONTACT_TOPIC = "zivah.contact.received.v1";
    public static final String SETTINGS_TOPIC = "zivah.catalog.setting.v1";
    public static final String SENT_TOPIC = "zivah.quote.sent.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteEvents() {
    }

    public static String exampleJson() {
        return EventContracts.example(EventContracts.QUOTE_SUBMITTED_V1);
    }

    /**
     * The contract example with a fresh event id, quote number and buyer address. The quote number is random
     * (a schema-valid {@code ZQ-20nn-nnnnnn}): a counter would restart with each test profile's class loader while
     * the database of earlier test classes lives on.
     */
    public static ObjectNode fresh(String locale) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(exampleJson());
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            event.put("eventId", UUID.randomUUID().toString());
            event.put("quoteNumber", String.format("ZQ-20%02d-%06d", random.nextInt(100), random.nextInt(1_000_000)));
            event.put("locale", locale);
            ((ObjectNode) event.get("customer")).put("email", "buyer-" + suffix + "@example.com");
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #fresh} mailed to {@code address}. */
    public static ObjectNode freshTo(String address) {
        ObjectNode event = fresh("es");
        ((ObjectNode) event.get("customer")).put("email", address);
        return event;
    }

    public static String quoteNumber(ObjectNode event) {
        return event.get("quoteNumber").asText();
    }

    /** Mails GreenMail received for any spelling of the address whose {@link RecipientAddress#key} is {@code key}. */
    public static int mailsToKey(String key) {
        int count = 0;
        for (MimeMessage message : GreenMailResource.greenMail().getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(a -> key.equals(
                        RecipientAddress.key(((jakarta.mail.internet.InternetAddress) a).getAddress())))) {
                    count++;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }

    public static String email(ObjectNode event) {
        return event.get("customer").get("email").asText();
    }

    /** The event as JSON, after checking that it conforms to the schema of QuoteSubmitted v1. */
    public static String conforming(ObjectNode event) {
        String json = event.toString();
        EventContracts.assertConforms(EventContracts.QUOTE_SUBMITTED_V1, json);
        return json;
    }

    /** Sends a conforming event, keyed by its quote number like the producer does. */
    public static void publish(ObjectNode event) {
        send(quoteNumber(event), conforming(event));
    }

    /** Sends a record that the schema rejects (and says so, so a poison test cannot be fed a valid event). */
    public static void publishPoison(String key, String payload) {
        Set<String> violations = EventContracts.violations(EventContracts.QUOTE_SUBMITTED_V1, payload);
        if (violations.isEmpty()) {
            throw new AssertionError("a poison fixture must violate QuoteSubmitted.v1: " + payload);
        }
        send(key, payload);
    }

    /**
     * The QuoteSent v1 example of docs/events with a fresh event id, quote number and buyer address, in
     * {@code locale}, carrying {@code pdf} (its base64, SHA-256 and size).
     */
    public static ObjectNode freshSent(String locale, byte[] pdf) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EventContracts.example(EventContracts.QUOTE_SENT_V1));
            ThreadLocalRandom random = ThreadLocalRandom.current();
            event.put("eventId", UUID.randomUUID().toString());
            event.put("quoteNumber", String.format("ZQ-20%02d-%06d", random.nextInt(100), random.nextInt(1_000_000)));
            event.put("locale", locale);
            ((ObjectNode) event.get("customer")).put("email",
                    "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
            ObjectNode file = (ObjectNode) event.get("pdf");
            file.put("fileName", event.get("quoteNumber").asText() + "-v" + event.get("version").asInt() + ".pdf");
            file.put("sha256", sha256(pdf));
            file.put("sizeBytes", pdf.length);
            file.put("base64", java.util.Base64.getEncoder().encodeToString(pdf));
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a QuoteSent that conforms to its schema, keyed by the quote number like the producer. */
    public static void publishSent(ObjectNode event) {
        EventContracts.assertConforms(EventContracts.QUOTE_SENT_V1, event.toString());
        send(SENT_TOPIC, quoteNumber(event), event.toString());
    }

    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file part of a mail. */
    public record Attachment(String contentType, String fileName, byte[] bytes) {
    }

    /** The parts of a mail that are attachments (Content-Disposition: attachment). */
    public static List<Attachment> attachments(MimeMessage message) {
        List<Attachment> files = new ArrayList<>();
        try {
            collectFiles(message, files);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static void collectFiles(Part part, List<Attachment> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectFiles(multipart.getBodyPart(i), files);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (java.io.InputStream in = part.getInputStream()) {
                files.add(new Attachment(part.getContentType(), part.getFileName(), in.readAllBytes()));
            }
        }
    }

    /** The ContactMessageReceived v1 example of docs/events. */
    public static String contactExampleJson() {
        return EventContracts.example(EventContracts.CONTACT_MESSAGE_RECEIVED_V1);
    }

    /** The contact example with a fresh event id, reference and sender address. */
    public static ObjectNode freshContact(String locale) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(contactExampleJson());
            ThreadLocalRandom random = ThreadLocalRandom.current();
            event.put("eventId", UUID.randomUUID().toString());
            event.put("reference", String.format("ZM-20%02d-%06d", random.nextInt(100), random.nextInt(1_000_000)));
            event.put("locale", locale);
            ((ObjectNode) event.get("sender")).put("email",
                    "sender-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void publishContact(ObjectNode event) {
        EventContracts.assertConforms(EventContracts.CONTACT_MESSAGE_RECEIVED_V1, event.toString());
        send(CONTACT_TOPIC, event.get("reference").asText(), event.toString());
    }

    /** A SiteSettingChanged v1 (TEXT), conforming to docs/events/SiteSettingChanged.v1.schema.json, keyed by the key. */
    public static void publishSetting(String key, String value, long version) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", java.time.Instant.now().toString());
        event.put("key", key);
        event.put("type", "TEXT");
        event.put("value", value);
        event.put("public", false);
        event.put("version", version);
        String json = event.toString();
        EventContracts.assertConforms(EventContracts.SITE_SETTING_CHANGED_V1, json);
        send(SETTINGS_TOPIC, key, json);
    }

    private static void send(String key, String payload) {
        send(TOPIC, key, payload);
    }

    public static void send(String topic, String key, String payload) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaResource.bootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, payload)).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish", e);
        }
    }

    /** Mails GreenMail received for {@code recipient}. */
    public static List<MimeMessage> mailsTo(String recipient) {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage message : GreenMailResource.greenMail().getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient))) {
                    result.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    /** The decoded text parts of a mail by media type ({@code text/plain}, {@code text/html}). */
    public static Map<String, String> parts(MimeMessage message) {
        Map<String, String> parts = new HashMap<>();
        try {
            collect(message, parts);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", part.getContent().toString());
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", part.getContent().toString());
        }
    }

    /** Every record currently in the dead-letter topic (read from the beginning with a throw-away group). */
    public static List<ConsumerRecord<String, String>> deadLetters() {
        Properties c = new Properties();
        c.put("bootstrap.servers", KafkaResource.bootstrapServers());
        c.put("group.id", "test-dlq-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DLQ));
            long deadline = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
        }
        return records;
    }
}
