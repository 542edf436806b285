package com.zivah.admin.client.catalog;

/** The body of a stock change. */
public record StockWrite(int stockQuantity, long version) {
}
