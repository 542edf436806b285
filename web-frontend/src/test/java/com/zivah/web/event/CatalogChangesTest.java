package com.zivah.web.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.KafkaResource;
import com.zivah.web.service.CatalogCache;
import com.zivah.web.support.Fake;
import com.zivah.web.support.FakeUpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages come from memory while the catalog does not change, and within 1 s of a catalog event (on any of its topics)
 * they are built from catalog-service again; while catalog-service is down the last known pages are served.
 */
@QuarkusTest
@WithTestResource(FakeUpstreamsResource.class)
@WithTestResource(KafkaResource.class)
class CatalogChangesTest {

    private static final List<String> TOPICS =
            List.of("zivah.catalog.product.v1", "zivah.catalog.category.v1", "zivah.catalog.setting.v1");

    /** Longer than CatalogCache.SETTLE (700 ms). */
    private static final long SETTLE_MILLIS = 1_000;

    @Inject
    CatalogCache cache;

    @Inject
    @Identifier(CatalogChanges.CHANNEL)
    CatalogChanges changes;

    @BeforeEach
    void catalogTopicsExistAndAreHeard() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.bootstrapServers()))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> changes.assignedTopics().containsAll(TOPICS));
        Fake.catalogMode("OK");
        cache.forgetAll();
    }

    @AfterEach
    void catalogBack() {
        Fake.catalogMode("OK");
    }

    @Test
    void pagesComeFromMemoryUntilACatalogEventAndFromTheCatalogWithinOneSecondAfterIt() throws InterruptedException {
        for (String topic : TOPICS) {
            Thread.sleep(SETTLE_MILLIS); // the second invalidation of the previous change (or of the assignment) is over
            given().get("/es/catalogo").then().statusCode(200);
            int calls = Fake.catalogCalls();
            given().get("/es/catalogo").then().statusCode(200);
            given().get("/es/catalogo").then().statusCode(200);
            assertEquals(calls, Fake.catalogCalls(), "served from memory, no call to catalog-service");

            long sent = publish(topic);
            while (Fake.catalogCalls() == calls) {
                assertTrue(System.nanoTime() - sent < Duration.ofSeconds(1).toNanos(),
                        "the page was built again within 1 s of an event on " + topic);
                given().get("/es/catalogo").then().statusCode(200);
            }
        }
    }

    @Test
    void whileCatalogServiceIsDownTheLastKnownPagesAreServedEvenAfterAChange() {
        String page = given().get("/es/catalogo").then().statusCode(200).extract().asString();
        Fake.catalogMode("DOWN");
        publish(TOPICS.get(0));
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().get("/es/catalogo").then().statusCode(200).body(equalTo(page)));
        Set<String> heard = changes.assignedTopics();
        assertTrue(heard.containsAll(TOPICS));
    }

    private static long publish(String topic) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "1", "{}")).get();
            return System.nanoTime();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
