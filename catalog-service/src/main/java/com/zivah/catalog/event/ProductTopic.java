package com.zivah.catalog.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The catalog owns its event topic and keeps it compacted: the latest ProductChanged per product stays
 * forever, so a new quote-service (or a rebuilt snapshot) can read the whole catalog from the start of
 * the topic, whatever time-based retention the broker has. Best effort at startup: if Kafka is not
 * reachable the outbox still works, and the next start fixes the topic.
 */
@ApplicationScoped
public class ProductTopic {

    private static final Logger LOG = Logger.getLogger(ProductTopic.class);
    private static final int PARTITIONS = 3;

    private final String bootstrapServers;

    /**
     * Kafka's own setting, the one the messaging connector uses too (KAFKA_BOOTSTRAP_SERVERS overrides both): not a
     * catalog setting, so it stays out of {@code CatalogConfig} rather than being repeated under zivah.catalog.
     */
    public ProductTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            ensureCompacted();
        } catch (Exception e) {
            LOG.warnf("Could not make topic %s compacted now (%s); it is retried at the next start",
                    ProductChanged.TOPIC, e.getMessage());
        }
    }

    void ensureCompacted() throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
            Set<String> topics = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            if (!topics.contains(ProductChanged.TOPIC)) {
                NewTopic topic = new NewTopic(ProductChanged.TOPIC, PARTITIONS, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                try {
                    admin.createTopics(List.of(topic)).all().get(5, TimeUnit.SECONDS);
                    LOG.infof("Created compacted topic %s", ProductChanged.TOPIC);
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
            // created earlier (maybe auto-created by a consumer): make sure it is compacted
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, ProductChanged.TOPIC);
            AlterConfigOp compact = new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all().get(5, TimeUnit.SECONDS);
        }
    }
}
