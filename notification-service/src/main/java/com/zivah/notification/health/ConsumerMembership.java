package com.zivah.notification.health;

import com.zivah.notification.config.MailConfig;
import com.zivah.notification.service.InstanceName;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether each mail channel's Kafka consumer is a member of its group right now, and its static membership.
 * <ul>
 *   <li>joined: a partition assignment arrived since start and none was revoked or lost after it. An EMPTY
 *       assignment counts as joined (a replica beyond the partition count is a healthy standby).</li>
 *   <li>{@code group.instance.id} (static membership) {@code <base>-<channel>}, base from
 *       {@code zivah.mail.consumer.group-instance-id}, else the host name plus {@code ZIVAH_INSTANCE_ID} when set:
 *       a restarted instance gets its partitions back without a rebalance, and a killed one's partitions wait for
 *       it only {@code session.timeout.ms} (application.properties).</li>
 * </ul>
 */
@ApplicationScoped
public class ConsumerMembership {

    /** The channels whose consumers readiness waits for. */
    public static final String QUOTE_SUBMITTED = "quote-submitted";
    public static final String CONTACT_RECEIVED = "contact-received";
    public static final String QUOTE_SENT = "quote-sent";

    private final Map<String, Boolean> joined = new ConcurrentHashMap<>();
    private final String instanceBase;

    public ConsumerMembership(MailConfig config, @ConfigProperty(name = "zivah.instance-id") Optional<String> instanceId) {
        this.instanceBase = InstanceName.of(config, instanceId);
        joined.put(QUOTE_SUBMITTED, false);
        joined.put(CONTACT_RECEIVED, false);
        joined.put(QUOTE_SENT, false);
    }

    /** Channel → joined, in a stable order. */
    public Map<String, Boolean> joined() {
        return new LinkedHashMap<>(new java.util.TreeMap<>(joined));
    }

    public String groupInstanceId(String channel) {
        return instanceBase + "-" + channel;
    }

    @Produces
    @Identifier("quote-submitted-membership")
    KafkaConsumerRebalanceListener quoteSubmittedListener() {
        return new Tracker(QUOTE_SUBMITTED);
    }

    @Produces
    @Identifier("contact-received-membership")
    KafkaConsumerRebalanceListener contactReceivedListener() {
        return new Tracker(CONTACT_RECEIVED);
    }

    @Produces
    @Identifier("quote-sent-membership")
    KafkaConsumerRebalanceListener quoteSentListener() {
        return new Tracker(QUOTE_SENT);
    }

    @Produces
    @Identifier("quote-submitted-kafka")
    Map<String, Object> quoteSubmittedKafka() {
        return Map.of("group.instance.id", groupInstanceId(QUOTE_SUBMITTED));
    }

    @Produces
    @Identifier("contact-received-kafka")
    Map<String, Object> contactReceivedKafka() {
        return Map.of("group.instance.id", groupInstanceId(CONTACT_RECEIVED));
    }

    @Produces
    @Identifier("quote-sent-kafka")
    Map<String, Object> quoteSentKafka() {
        return Map.of("group.instance.id", groupInstanceId(QUOTE_SENT));
    }

    private final class Tracker implements KafkaConsumerRebalanceListener {

        private final String channel;

        Tracker(String channel) {
            this.channel = channel;
        }

        @Override
        public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            joined.put(channel, true);
        }

        @Override
        public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            joined.put(channel, false);
        }

        @Override
        public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            joined.put(channel, false);
        }
    }
}
