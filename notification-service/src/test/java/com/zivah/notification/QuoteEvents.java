package com.zivah.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test fixtures: QuoteSubmitted records built from the contract example, a plain producer, and mailbox reads. */
public final class QuoteEvents {

    public static final Path EXAMPLE = Path.of("../docs/events/QuoteSubmitted.v1.json");
    public static final String DLQ = "zivah.notification.dlq";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int counter;

    private QuoteEvents() {
    }

    public static String exampleJson() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract example with a fresh event id, quote number and buyer address. */
    public static ObjectNode fresh(String locale) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(exampleJson());
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("quoteNumber", "ZQ-2026-" + String.format("%06d", nextNumber()) + "-" + suffix);
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

    private static synchronized int nextNumber() {
        return ++counter;
    }

    public static String email(ObjectNode event) {
        return event.get("customer").get("email").asText();
    }

    public static void publish(ObjectNode event) {
        publish(event.get("quoteNumber").asText(), event.toString());
    }

    public static void publish(String key, String payload) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KafkaResource.bootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("zivah.quote.submitted.v1", key, payload)).get(20, TimeUnit.SECONDS);
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
