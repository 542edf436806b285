package com.zivah.web.event;

import com.zivah.web.service.CatalogCache;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Hears every change of the catalog (the product, category and setting topics) on every replica — each in a consumer
 * group of its own, from the latest offset, nothing committed that matters — and tells the {@link CatalogCache}. The
 * events' contents are not needed: the cache reloads what pages ask for.
 */
@ApplicationScoped
@Identifier(CatalogChanges.CHANNEL)
public class CatalogChanges implements KafkaConsumerRebalanceListener {

    public static final String CHANNEL = "catalog-changes";

    private final CatalogCache cache;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    public CatalogChanges(CatalogCache cache) {
        this.cache = cache;
    }

    /** The catalog topics this replica is currently assigned (all of them once the catalog has created them). */
    public Set<String> assignedTopics() {
        return Set.copyOf(topics);
    }

    @Incoming(CHANNEL)
    public void changed(ConsumerRecord<String, String> event) {
        cache.changed();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> topics.add(partition.topic()));
        cache.heard(!topics.isEmpty());
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        topics.clear();
        cache.heard(false);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        topics.clear();
        cache.heard(false);
    }
}
