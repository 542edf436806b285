-- The durable mail queue (issue 8): consuming an event only writes rows here, in one short transaction with the
-- processed_event guard; the sender (MailSender) hands PENDING rows to the SMTP server with retries and backoff,
-- independent of the Kafka consumer. One row per mail an event causes: unique (event_id, kind).

alter table mail_delivery add column kind text not null default 'QUOTE_CONFIRMATION'
    check (kind in ('QUOTE_CONFIRMATION', 'QUOTE_SALES_ALERT', 'CONTACT_AUTO_REPLY', 'CONTACT_SALES_ALERT'));
alter table mail_delivery alter column kind drop default;
alter table mail_delivery drop constraint mail_delivery_event_id_key;
alter table mail_delivery add constraint mail_delivery_event_kind unique (event_id, kind);

-- what was composed when the event was consumed: a retry or a resend sends exactly this
alter table mail_delivery add column html_body text;
alter table mail_delivery add column text_body text;
-- the contact message's reference (ZM-...) for CONTACT_* mails
alter table mail_delivery add column contact_reference text;
-- PENDING: when the sender may (re)try it; while a sender holds it, the end of that sender's lease
alter table mail_delivery add column next_attempt_at timestamptz;
-- PENDING past this instant after a failed attempt: FAILED (set at enqueue and at a resend: now + give-up-after)
alter table mail_delivery add column give_up_at timestamptz;
alter table mail_delivery add column updated_at timestamptz not null default now();
-- the sender instance holding the lease (its stable name): after a restart it takes back its own leases at once
alter table mail_delivery add column claimed_by text;

-- Rows of the old design have no stored body: a PENDING one cannot be sent by the queue.
update mail_delivery set status = 'FAILED', last_error = 'composed before the mail queue (V3): resend not possible'
where status = 'PENDING';

-- the sender's claim: due PENDING rows, oldest first
create index mail_delivery_due on mail_delivery (next_attempt_at) where status = 'PENDING';
create index mail_delivery_status_created on mail_delivery (status, created_at desc, id desc);
create index mail_delivery_contact_reference on mail_delivery (contact_reference);

-- The catalog's site settings as last heard on zivah.catalog.setting.v1 (SiteSettingChanged v1), highest version
-- per key; value is the JSON text of the event's value.
create table site_setting (
    key        text        primary key,
    type       text        not null,
    value      text        not null,
    public     boolean     not null,
    version    bigint      not null,
    updated_at timestamptz not null default now()
);
