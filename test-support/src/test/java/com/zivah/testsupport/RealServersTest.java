package com.zivah.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The test infrastructure itself: each resource must give a real, working server. */
class RealServersTest {

    @Test
    void postgresGivesEachServiceItsOwnSchemaAndRole() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("schema", "probe"));
        Map<String, String> config = resource.start();
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), "probe", "probe");
             Statement s = c.createStatement()) {
            s.execute("create table if not exists t (v int)");
            s.execute("insert into t values (17)");
            ResultSet rs = s.executeQuery("select current_schema(), (select v from t limit 1), current_setting('server_version_num')");
            rs.next();
            assertEquals("probe", rs.getString(1));
            assertEquals(17, rs.getInt(2));
            assertTrue(rs.getInt(3) >= 170000, "PostgreSQL 17 expected");
        }
        PostgresResource.createSchemaAndRole("other");
        try (Connection c = DriverManager.getConnection(PostgresResource.jdbcUrl("other"), "other", "other");
             Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeQuery("select * from probe.t"),
                    "one service's role must not read another's schema");
        }
    }

    @Test
    void kafkaRoundTripsARecord() {
        String bootstrap = new KafkaResource().start().get("kafka.bootstrap.servers");
        String topic = "probe-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "probe");
        c.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    assertEquals("hello", records.iterator().next().value());
                    return;
                }
            }
        }
        throw new AssertionError("record not consumed");
    }

    @Test
    void greenMailReceivesSmtp() throws Exception {
        Map<String, String> config = new GreenMailResource().start();
        GreenMailUtil.sendTextEmail("buyer@example.com", "shop@zivah.com", "Hola", "cuerpo",
                GreenMailResource.greenMail().getSmtp().getServerSetup());
        assertEquals(config.get("quarkus.mailer.port"), String.valueOf(GreenMailResource.greenMail().getSmtp().getPort()));
        MimeMessage[] received = GreenMailResource.greenMail().getReceivedMessagesForDomain("example.com");
        assertTrue(received.length >= 1);
        assertEquals("Hola", received[received.length - 1].getSubject());
    }
}
