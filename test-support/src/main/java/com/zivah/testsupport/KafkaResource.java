package com.zivah.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Apache Kafka broker in KRaft mode inside the test JVM (no ZooKeeper, no Docker), one per JVM. Fault drills
 * can {@link #stopBroker() stop} and {@link #startBroker() restart} it: same port (the test kit keeps the socket's
 * port), same log dir (the records written before the outage are still there).
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the whole JVM; stopped by a shutdown hook
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // Kafka's test-kit deletes its temp dirs in its own shutdown hook, racing the broker's shutdown;
            // the broker then sees its log dir vanish and would Exit.halt(1) the test JVM (failing the fork).
            Exit.setHaltProcedure((status, message) -> { });
            Exit.setExitProcedure((status, message) -> { });
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        kit.close();
                    } catch (Exception ignored) {
                        // the JVM is going away anyway
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Embedded Kafka did not start", e);
            }
        }
        return cluster.bootstrapServers();
    }

    /** Stops the broker (clients see connection refused); the KRaft controller keeps running. */
    public static synchronized void stopBroker() {
        bootstrapServers();
        BrokerServer broker = broker();
        broker.shutdown();
        broker.awaitShutdown();
    }

    /** Starts the stopped broker again on the same port and log dir, and waits until it serves requests. */
    public static synchronized void startBroker() {
        try {
            broker().startup();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
                admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Kafka did not restart", e);
        }
    }

    private static BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }
}
