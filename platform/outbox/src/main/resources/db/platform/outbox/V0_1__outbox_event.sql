-- Transactional outbox (platform-outbox: OutboxEvent, Outbox, OutboxRelay): one row per integration event,
-- written in the business transaction, published by the relay after Kafka acknowledged it.
-- Shipped once here; a producing service adds the Flyway location db/platform/outbox.
create table outbox_event (
    id              uuid        primary key,
    topic           text        not null,
    event_key       text        not null,
    event_type      text        not null,
    payload         text        not null,
    -- X-Request-Id of the request that caused the event: the record header request-id carries it on
    request_id      text,
    created_at      timestamptz not null default now(),
    published_at    timestamptz,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text
);
-- The relay's poll reads only unpublished rows; the purge reads only published ones.
create index outbox_event_due on outbox_event (next_attempt_at, created_at) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
