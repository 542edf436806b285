-- The priced quote mailed to the buyer (issue 9): QuoteSent v1 (zivah.quote.sent.v1) queues one QUOTE_SENT mail
-- with the quote's PDF attached. The queue keeps the exact bytes of the event's PDF, so a retry or a staff resend
-- sends the same file the buyer got first.

alter table mail_delivery drop constraint mail_delivery_kind_check;
alter table mail_delivery add constraint mail_delivery_kind_check
    check (kind in ('QUOTE_CONFIRMATION', 'QUOTE_SALES_ALERT', 'CONTACT_AUTO_REPLY', 'CONTACT_SALES_ALERT', 'QUOTE_SENT'));

-- QUOTE_SENT: the version of the quote that was sent (1, 2, ...)
alter table mail_delivery add column quote_version int check (quote_version >= 1);
-- the file name the mail carries (the delivery log shows it); its bytes are in mail_attachment
alter table mail_delivery add column attachment_name text;

-- At most one attachment per mail, written with its delivery row in the consuming transaction
create table mail_attachment (
    delivery_id  bigint  primary key references mail_delivery (id) on delete cascade,
    file_name    text    not null,
    content_type text    not null,
    content      bytea   not null,
    sha256       text    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint mail_attachment_size check (octet_length(content) between 1 and 524288)
);

-- the delivery log's filters: by recipient (case-insensitive), by day
create index mail_delivery_recipient_key_created on mail_delivery (recipient_key, created_at desc, id desc);
