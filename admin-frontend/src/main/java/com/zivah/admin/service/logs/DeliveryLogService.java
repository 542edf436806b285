package com.zivah.admin.service.logs;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.zivah.admin.client.logs.Delivery;
import com.zivah.admin.client.logs.DeliveryClient;
import com.zivah.admin.client.Page;
import com.zivah.admin.service.Upstream;

/** notification-service's delivery log and its resend (notification-service checks MANAGER+ itself). */
@ApplicationScoped
public class DeliveryLogService {

    public static final int PAGE_SIZE = 25;

    private final DeliveryClient deliveries;
    static final String SERVICE = "notification-service";

    private final Upstream upstream;

    public DeliveryLogService(@RestClient DeliveryClient deliveries, Upstream upstream) {
        this.deliveries = deliveries;
        this.upstream = upstream;
    }

    public Page<Delivery> page(DeliveryFilter filter, int page) {
        return upstream.call(SERVICE, () -> deliveries.list(filter.status(), filter.kind(), filter.quoteNumber(),
                filter.recipient(), filter.from(), filter.to(), page, PAGE_SIZE));
    }

    public Delivery resend(long id) {
        return upstream.call(SERVICE, () -> deliveries.resend(id));
    }
}
