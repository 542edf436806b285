package com.zivah.catalog.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * CategoryChanged v1 (docs/events/CategoryChanged.v1.schema.json), the one record of {@link #TOPIC}, keyed by
 * category id: the category's complete state after a change plus what happened ({@link #type}, past tense, also the
 * {@code event-type} header). A reorder publishes one CategoryReordered per category whose position changed; a
 * deleted category is its last state with {@code deleted: true}. Consumers ignore a {@code version} older than the
 * one they hold.
 */
public record CategoryChanged(UUID eventId, Instant occurredAt, String type, long categoryId, long version,
                              String slug, String nameEs, String nameEn, String descriptionEs, String descriptionEn,
                              String icon, String color, int sortOrder, boolean deleted) {

    public static final String TOPIC = "zivah.catalog.category.v1";
    public static final String SCHEMA = "CategoryChanged";

    public static final String CREATED = "CategoryCreated";
    public static final String UPDATED = "CategoryUpdated";
    public static final String REORDERED = "CategoryReordered";
    public static final String DELETED = "CategoryDeleted";
    public static final List<String> TYPES = List.of(CREATED, UPDATED, REORDERED, DELETED);
}
