-- Idempotent-consumer guard (platform-inbox: ProcessedEvents): one row per consumer and event id.
-- Shipped once here; a consuming service adds the Flyway location db/platform/inbox.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
