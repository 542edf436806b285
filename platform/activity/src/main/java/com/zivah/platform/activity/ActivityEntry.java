package com.zivah.platform.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One staff write in the activity log (db/platform/activity/R__activity_log.sql): who ({@link #actor} and the roles they had), what
 * ({@link #action} on {@link #entityType} {@link #entityId}, the values before and after), from where (client IP,
 * user agent, request id) and when. Written once in the write's own transaction, never changed.
 */
@Entity
@Table(name = "activity_log")
public class ActivityEntry extends PanacheEntityBase {

    public static final int MAX_ACTOR_LENGTH = 100;
    public static final int MAX_ROLES_LENGTH = 500;
    public static final int MAX_ACTION_LENGTH = 50;
    /** {@code <entity>.<past tense>}, lower-case words joined by hyphens (the table's check constraint). */
    public static final String ACTION_FORMAT = "[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*";
    public static final String ENTITY_TYPE_FORMAT = "[a-z]+(-[a-z]+)*";
    public static final int MAX_ENTITY_TYPE_LENGTH = 30;
    public static final int MAX_ENTITY_ID_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = MAX_ACTOR_LENGTH, updatable = false)
    public String actor;

    /** Sorted, comma-separated. */
    @Column(name = "actor_roles", nullable = false, length = MAX_ROLES_LENGTH, updatable = false)
    public String actorRoles;

    @Column(nullable = false, length = MAX_ACTION_LENGTH, updatable = false)
    public String action;

    @Column(name = "entity_type", nullable = false, length = MAX_ENTITY_TYPE_LENGTH, updatable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false, length = MAX_ENTITY_ID_LENGTH, updatable = false)
    public String entityId;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "old_value", columnDefinition = "jsonb", updatable = false)
    public JsonNode oldValue;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "new_value", columnDefinition = "jsonb", updatable = false)
    public JsonNode newValue;

    @Column(name = "client_ip", length = 45, updatable = false)
    public String clientIp;

    @Column(name = "user_agent", length = 300, updatable = false)
    public String userAgent;

    @Column(name = "request_id", length = 64, updatable = false)
    public String requestId;
}
