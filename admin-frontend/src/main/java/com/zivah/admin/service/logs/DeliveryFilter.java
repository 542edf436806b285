package com.zivah.admin.service.logs;

/** The delivery page's filters (null = any); notification-service validates them. */
public record DeliveryFilter(String status, String kind, String quoteNumber, String recipient, String from, String to) {
}
