package com.zivah.catalog.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * The catalog owns its event topics and keeps them compacted ({@link #TOPICS}): the latest ProductChanged per product,
 * CategoryChanged per category and SiteSettingChanged per setting stay forever, so a new consumer (or a rebuilt
 * snapshot) can read the whole catalog and all settings from the start of the topic, whatever time-based retention the broker has. Best effort
 * at startup: if Kafka is not reachable the outbox still works, and the next start fixes the topics.
 */
@ApplicationScoped
public class CompactedTopics {

    /** Every topic the catalog publishes; each is keyed by the thing it describes, so compaction keeps its latest state. */
    public static final List<String> TOPICS = List.of(ProductChanged.TOPIC, CategoryChanged.TOPIC,
            SiteSettingChanged.TOPIC);

    private static final Logger LOG = Logger.getLogger(CompactedTopics.class);
    private static final int PARTITIONS = 3;

    private final String bootstrapServers;

    /**
     * Kafka's own setting, the one the messaging connector uses too (KAFKA_BOOTSTRAP_SERVERS overrides both): not a
     * catalog setting, so it stays out of {@code CatalogConfig} rather than being repeated under zivah.catalog.
     */
    public CompactedTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        for (String topic : TOPICS) {
            try {
                ensureCompacted(topic);
            } catch (Exception e) {
                LOG.warnf("Could not make topic %s compacted now (%s); it is retried at the next start",
                        topic, e.getMessage());
            }
        }
    }

    /** Creates {@code topic} compacted, or switches an existing one (maybe auto-created by a consumer) to compaction. */
    public void ensureCompacted(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
            Set<String> topics = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            if (!topics.contains(topic)) {
                NewTopic created = new NewTopic(topic, PARTITIONS, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                try {
                    admin.createTopics(List.of(created)).all().get(5, TimeUnit.SECONDS);
                    LOG.infof("Created compacted topic %s", topic);
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
            // created earlier (maybe auto-created by a consumer): make sure it is compacted
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            AlterConfigOp compact = new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all().get(5, TimeUnit.SECONDS);
        }
    }
}
