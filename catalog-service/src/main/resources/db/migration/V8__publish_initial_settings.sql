-- Every setting on the compacted topic zivah.catalog.setting.v1 from the start: until now a setting was published
-- only when staff changed it, so a consumer that keeps its own copy (notification-service: the sales address and the
-- company data of its mails) never heard the values this schema was created with, and used its own defaults.
-- One SiteSettingChanged per setting, with its current version, through the outbox like any change (the relay
-- publishes it after the migration; per key after any change already waiting there).
insert into outbox_event (id, topic, event_key, event_type, payload, created_at, next_attempt_at)
select e.id, 'zivah.catalog.setting.v1', e.setting_key, 'SiteSettingChanged',
       jsonb_build_object('eventId', e.id::text,
                          'occurredAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                          'key', e.setting_key,
                          'type', e.setting_type,
                          'value', e.setting_value,
                          'public', e.is_public,
                          'version', e.version)::text,
       now(), now()
from (select gen_random_uuid() as id, s.* from site_setting s) e;
