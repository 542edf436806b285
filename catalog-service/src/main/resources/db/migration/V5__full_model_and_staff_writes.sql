-- The full seed model and staff writes (issue 7):
--  * category: a display colour (#RRGGBB) and a version (optimistic concurrency of staff edits, CategoryChanged.version);
--  * product: features (a flat JSON object) become specs, an ordered list of
--    {"key", "label": {"es", "en"}, "value": {"es", "en"}}; the search documents of V2 are rebuilt over the specs;
--  * retired_product: the SKU and slug of every deleted product, never given to another product.

alter table category
    add column color   char(7) not null default '#6B7280',
    add column version bigint  not null default 1,
    add constraint category_color_format check (color ~ '^#[0-9A-F]{6}$');

-- specs, migrated from features: known keys get their Spanish and English labels and the catalog's usual order,
-- other keys follow by name with the key as label; the value (one text before) is both the Spanish and English value.
alter table product add column specs jsonb not null default '[]'::jsonb,
    add constraint product_specs_array check (jsonb_typeof(specs) = 'array');

with labels (key, rank, label_es, label_en) as (values
        ('origin', 1, 'Origen', 'Origin'),
        ('packaging', 2, 'Embalaje', 'Packaging'),
        ('hsCode', 3, 'Código SA', 'HS code'),
        ('incoterms', 4, 'Incoterms', 'Incoterms'),
        ('certifications', 5, 'Certificaciones', 'Certifications'),
        ('grade', 6, 'Grado', 'Grade'),
        ('moisture', 7, 'Humedad', 'Moisture'),
        ('shelfLife', 8, 'Vida útil', 'Shelf life'),
        ('storage', 9, 'Almacenamiento', 'Storage')),
    migrated as (
        select p.id,
               jsonb_agg(jsonb_build_object(
                       'key', f.key,
                       'label', jsonb_build_object('es', coalesce(l.label_es, f.key), 'en', coalesce(l.label_en, f.key)),
                       'value', jsonb_build_object('es', f.value, 'en', f.value))
                   order by coalesce(l.rank, 1000), f.key) as specs
        from product p
                 cross join lateral jsonb_each_text(p.features) f(key, value)
                 left join labels l on l.key = f.key
        group by p.id)
update product p
set specs = m.specs
from migrated m
where m.id = p.id;

-- The search documents (V2) over specs instead of features: the values in each document's language, weight B.
-- jsonb_path_query_array and jsonb_to_tsvector are immutable, so the columns stay stored generated columns.
drop index product_search_es_idx;
drop index product_search_en_idx;
alter table product
    drop column search_es,
    drop column search_en;
alter table product
    drop constraint product_features_object,
    drop column features;
alter table product
    add column search_es tsvector generated always as (
        setweight(to_tsvector('catalog_es', name_es), 'A')
        || setweight(to_tsvector('simple', sku) || array_to_tsvector(array[lower(sku)]), 'A')
        || setweight(jsonb_to_tsvector('catalog_es', jsonb_path_query_array(specs, '$[*].value.es'), '["string"]'), 'B')
        || setweight(to_tsvector('catalog_es', description_es), 'C')) stored,
    add column search_en tsvector generated always as (
        setweight(to_tsvector('catalog_en', name_en), 'A')
        || setweight(to_tsvector('simple', sku) || array_to_tsvector(array[lower(sku)]), 'A')
        || setweight(jsonb_to_tsvector('catalog_en', jsonb_path_query_array(specs, '$[*].value.en'), '["string"]'), 'B')
        || setweight(to_tsvector('catalog_en', description_en), 'C')) stored;
create index product_search_es_idx on product using gin (search_es) where active;
create index product_search_en_idx on product using gin (search_en) where active;

-- Deleted products: the row goes (public and staff reads never see it; the activity log keeps its last view and
-- the ProductChanged event with deleted: true tells consumers), its identifiers stay reserved here, so an old
-- product URL or SKU never silently points at another product.
create table retired_product (
    product_id bigint       primary key,
    sku        varchar(40)  not null unique,
    slug       varchar(150) not null unique,
    deleted_at timestamptz  not null
);

