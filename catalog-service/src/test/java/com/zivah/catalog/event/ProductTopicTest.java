package com.zivah.catalog.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))
@WithTestResource(KafkaResource.class)
class ProductTopicTest {

    private static final ConfigResource TOPIC = new ConfigResource(ConfigResource.Type.TOPIC, ProductChanged.TOPIC);

    @Inject
    ProductTopic productTopic;

    @Test
    void theProductTopicIsCompactedEvenIfSomeoneCreatedItOtherwise() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers()))) {
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, cleanupPolicy(admin), "compacted at startup");

            // e.g. auto-created by a consumer before the catalog ever started
            admin.incrementalAlterConfigs(Map.of(TOPIC, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE),
                    AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
            assertEquals(TopicConfig.CLEANUP_POLICY_DELETE, cleanupPolicy(admin));

            productTopic.ensureCompacted();
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, cleanupPolicy(admin));
        }
    }

    private static String cleanupPolicy(Admin admin) throws Exception {
        return admin.describeConfigs(List.of(TOPIC)).all().get(10, TimeUnit.SECONDS)
                .get(TOPIC).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
    }
}
