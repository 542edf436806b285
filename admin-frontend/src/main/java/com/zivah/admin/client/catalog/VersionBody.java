package com.zivah.admin.client.catalog;

/** {"version": n}: the version a write is based on. */
public record VersionBody(long version) {
}
