-- A service's snapshot of the catalog's site settings (platform-settings: SiteSetting, SiteSettingRepository,
-- SiteSettingChangedConsumer, SiteSettings): the highest version heard per key on the compacted topic
-- zivah.catalog.setting.v1. value is the text of a TEXT setting, else its JSON.
--
-- Shipped once here; a service adds the Flyway location db/platform/settings. The table is exactly
-- notification-service's V3__mail_queue.sql site_setting (where it was born, so notification's history keeps that
-- script): a repeatable script, run after the versioned ones, a no-op where the table already exists. Flyway re-runs
-- it when it changes, so every statement here must stay idempotent.

create table if not exists site_setting (
    key        text        primary key,
    type       text        not null,
    value      text        not null,
    public     boolean     not null,
    version    bigint      not null,
    updated_at timestamptz not null default now()
);
