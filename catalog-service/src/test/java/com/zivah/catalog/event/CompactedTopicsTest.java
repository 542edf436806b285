package com.zivah.catalog.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class CompactedTopicsTest {

    @Inject
    CompactedTopics compactedTopics;

    @ParameterizedTest
    @ValueSource(strings = {ProductChanged.TOPIC, SiteSettingChanged.TOPIC})
    void everyCatalogTopicIsCompactedEvenIfSomeoneCreatedItOtherwise(String topic) throws Exception {
        assertEquals(true, CompactedTopics.TOPICS.contains(topic), "compacted at startup");
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers()))) {
            awaitPolicy(admin, resource, TopicConfig.CLEANUP_POLICY_COMPACT); // compacted at startup

            // e.g. auto-created by a consumer before the catalog ever started
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE),
                    AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
            awaitPolicy(admin, resource, TopicConfig.CLEANUP_POLICY_DELETE);

            compactedTopics.ensureCompacted(topic);
            awaitPolicy(admin, resource, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    /** A config change reaches describeConfigs asynchronously (KRaft metadata): wait for it, then read it once more. */
    private static void awaitPolicy(Admin admin, ConfigResource topic, String expected) throws Exception {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> expected.equals(cleanupPolicy(admin, topic)));
        assertEquals(expected, cleanupPolicy(admin, topic));
    }

    private static String cleanupPolicy(Admin admin, ConfigResource topic) throws Exception {
        return admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS)
                .get(topic).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
    }
}
