-- The activity log of staff writes (platform-activity: ActivityEntry, ActivityLog, ActivityService): who changed
-- what, from what to what, from where and when. One row per successful write, inserted in the write's own
-- transaction (ActivityLog is MANDATORY), so a refused or failed write leaves no row and a row never exists without
-- its change. Read by staff through GET /api/<service>/activity (newest first; filters by entity, actor, action, day).
--
-- Shipped once here; a service adds the Flyway location db/platform/activity. The table is exactly catalog-service's
-- V4__activity_log.sql (where it was born, so catalog's history keeps that script): a repeatable script, run after
-- the versioned ones, written to be a no-op where the table and its indexes already exist. Flyway re-runs it when it
-- changes, so every statement here must stay idempotent.

create table if not exists activity_log (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    -- the JWT's preferred_username (else the principal's name) and its roles, comma-separated and sorted
    actor        varchar(100) not null,
    actor_roles  varchar(500) not null,
    -- <entity>.<past tense>: product.updated, quote.sent, delivery.resent
    action       varchar(50)  not null,
    entity_type  varchar(30)  not null,
    entity_id    varchar(100) not null,
    -- the API view of the entity before and after
    old_value    jsonb,
    new_value    jsonb,
    -- the right-most X-Forwarded-For entry (appended by the gateway), else the socket peer
    client_ip    varchar(45),
    -- bounded and without control characters (RequestOrigins)
    user_agent   varchar(300),
    request_id   varchar(64),
    constraint activity_log_action_format check (action ~ '^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$'),
    constraint activity_log_entity_type_format check (entity_type ~ '^[a-z]+(-[a-z]+)*$')
);

-- the reads: everything newest first, one entity's history, one actor's writes
create index if not exists activity_log_occurred_idx on activity_log (occurred_at desc, id desc);
create index if not exists activity_log_entity_idx on activity_log (entity_type, entity_id, occurred_at desc, id desc);
create index if not exists activity_log_actor_idx on activity_log (actor, occurred_at desc, id desc);
-- one action's rows (the action filter), newest first
create index if not exists activity_log_action_idx on activity_log (action, occurred_at desc, id desc);
