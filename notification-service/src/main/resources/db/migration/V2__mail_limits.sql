-- Limits on confirmation mails (issue 5): at most N per recipient address per sliding window, and a global
-- budget per fixed window. Both are decided in the database so that they hold across replicas.

-- PENDING: admitted against the limits, not yet accepted by the SMTP server (the send transaction or a
-- retry will turn it SENT or FAILED). SUPPRESSED: recorded for staff, deliberately not mailed.
alter table mail_delivery drop constraint mail_delivery_status_check;
alter table mail_delivery add constraint mail_delivery_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED'));

-- recipient_key: the address as the limit compares it (see RecipientAddress.key: trimmed, lower case,
-- "+tag" dropped, trailing dot of the domain dropped, dots ignored for Gmail). admitted_at: when the mail was admitted against the limits
-- (null for a suppressed mail, which uses neither the recipient's quota nor the budget).
alter table mail_delivery add column recipient_key text;
alter table mail_delivery add column admitted_at timestamptz;
alter table mail_delivery add column suppression_reason text
    check (suppression_reason in ('RECIPIENT_LIMIT', 'BUDGET'));
alter table mail_delivery add constraint mail_delivery_suppressed_has_reason
    check ((status = 'SUPPRESSED') = (suppression_reason is not null));

-- Existing rows: same normalisation as RecipientAddress.key, so the first window after the upgrade counts them.
update mail_delivery d
set recipient_key = k.key,
    admitted_at   = d.created_at
from (select id,
             case when dom in ('gmail.com', 'googlemail.com')
                  then replace(loc, '.', '') || '@gmail.com'
                  else loc || '@' || dom end as key
      from (select id,
                   split_part(substring(a from '^(.*)@[^@]*$'), '+', 1) as loc,
                   rtrim(substring(a from '@([^@]*)$'), '.')            as dom
            from (select id, lower(btrim(recipient)) as a from mail_delivery) s) p
      where loc is not null and loc <> '' and dom is not null and dom <> '') k
where k.id = d.id;
update mail_delivery set recipient_key = lower(btrim(recipient)), admitted_at = created_at
where recipient_key is null;
alter table mail_delivery alter column recipient_key set not null;

-- The per-recipient count: admitted mails to one address in the last window.
create index mail_delivery_recipient_admitted on mail_delivery (recipient_key, admitted_at)
    where admitted_at is not null;

-- The global budget: one row per fixed window (e.g. per hour), admitted and suppressed confirmations.
-- The row lock taken by the increment serialises admissions across replicas for a few milliseconds
-- (never during the SMTP hand-off).
create table mail_budget (
    window_start timestamptz primary key,
    admitted     int         not null default 0,
    suppressed   int         not null default 0
);
