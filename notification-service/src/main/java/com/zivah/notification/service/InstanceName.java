package com.zivah.notification.service;

import com.zivah.notification.config.MailConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * This instance's stable name: {@code zivah.mail.consumer.group-instance-id}, else the host name plus
 * {@code -$ZIVAH_INSTANCE_ID} when set. The base of the Kafka consumers' {@code group.instance.id} and the claimant of
 * the sender's leases; must differ between replicas and stay the same across restarts of one.
 */
public final class InstanceName {

    private InstanceName() {
    }

    public static String of(MailConfig config, Optional<String> instanceId) {
        return config.consumer().groupInstanceId().orElseGet(() -> hostName()
                + instanceId.filter(id -> !id.isBlank()).map(id -> "-" + id).orElse(""));
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "notification-service";
        }
    }
}
