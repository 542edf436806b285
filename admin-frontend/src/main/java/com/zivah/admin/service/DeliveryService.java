package com.zivah.admin.service;

import com.zivah.admin.client.Delivery;
import com.zivah.admin.client.NotificationClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The mails notification-service sent (or is sending) for a quote: status, attempts, sent at. */
@ApplicationScoped
public class DeliveryService {

    static final String SERVICE = "notification-service";
    /** A quote has a handful of mails (confirmation, sales alert, one per sent version). */
    static final int MAX = 50;

    private final NotificationClient notifications;
    private final Upstream upstream;

    public DeliveryService(@RestClient NotificationClient notifications, Upstream upstream) {
        this.notifications = notifications;
        this.upstream = upstream;
    }

    public List<Delivery> ofQuote(String quoteNumber) {
        return upstream.call(SERVICE, () -> notifications.deliveries(quoteNumber, 0, MAX)).items();
    }
}
