-- Site settings (the seed's SiteSetting): typed key/value pairs that the public site and the staff read.
-- The keys are the schema of the settings (what exists, its type, whether it is public): they are created here
-- with the demo company's values; the values are edited through PUT /api/catalog/settings/{key} (ADMIN).
--
-- setting_value is jsonb, not text: the value keeps its JSON type (a string, a number, true/false, an object), so
-- the public map hands out typed values without parsing text, and the check constraint below makes the stored
-- value agree with setting_type whatever writes the row.

create table site_setting (
    setting_key   varchar(100) primary key,
    setting_type  varchar(10)  not null,
    setting_value jsonb        not null,
    description   varchar(500) not null,
    -- readable anonymously through GET /api/catalog/settings/public
    is_public     boolean      not null default false,
    -- bumped on every change; it is SiteSettingChanged.version, a PUT based on an older one is a 409
    version       bigint       not null default 1,
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(100) not null default 'system',
    constraint site_setting_key_format check (setting_key ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    constraint site_setting_type_known check (setting_type in ('TEXT', 'NUMBER', 'BOOLEAN', 'JSON')),
    constraint site_setting_value_matches_type check (jsonb_typeof(setting_value) = case setting_type
        when 'TEXT' then 'string'
        when 'NUMBER' then 'number'
        when 'BOOLEAN' then 'boolean'
        else jsonb_typeof(setting_value) end
        and (setting_type <> 'JSON' or jsonb_typeof(setting_value) in ('object', 'array'))),
    constraint site_setting_version_positive check (version >= 1)
);

create index site_setting_public_idx on site_setting (is_public);

insert into site_setting (setting_key, setting_type, setting_value, is_public, description) values
    ('company-name', 'TEXT', '"ZIVAH Trading S.A."', true, 'Company name shown in the header, footer and mails'),
    ('contact-email', 'TEXT', '"info@zivah.com"', true, 'Public contact e-mail address'),
    ('contact-phone', 'TEXT', '"+34 910 000 000"', true, 'Public contact phone number'),
    ('company-address', 'TEXT', '"Calle de Alcalá 100, 28009 Madrid, España"', true, 'Postal address of the company'),
    ('social-links', 'JSON', '{"linkedin": "https://www.linkedin.com/company/zivah", "instagram": "https://www.instagram.com/zivah"}',
        true, 'Social network profiles: an object of network name to https URL'),
    ('hero-title-es', 'TEXT', '"Materias primas de origen, al mejor precio"', true, 'Home page hero title, Spanish'),
    ('hero-title-en', 'TEXT', '"Raw materials from origin, at the best price"', true, 'Home page hero title, English'),
    ('hero-subtitle-es', 'TEXT', '"Solicite una cotización y reciba una oferta en 24 horas"', true,
        'Home page hero subtitle, Spanish'),
    ('hero-subtitle-en', 'TEXT', '"Request a quote and get an offer within 24 hours"', true,
        'Home page hero subtitle, English'),
    ('sales-notification-email', 'TEXT', '"ventas@zivah.com"', false,
        'Where new quote requests are notified (internal, never public)'),
    ('default-currency', 'TEXT', '"USD"', true, 'Default currency of prices and quotes (ISO 4217)'),
    ('quote-validity-days', 'NUMBER', '30', false, 'Days a sent quote stays valid'),
    ('show-stock-levels', 'BOOLEAN', 'true', true, 'Whether the public catalog shows stock quantities');
