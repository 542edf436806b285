-- Catalog search (README "Search"): PostgreSQL full-text search in Spanish and English that ignores accents
-- and case and stems plurals, plus btree indexes for every filter and sort of the public product list.
--
-- The unaccent extension is created by the database setup (deploy's PostgresRoles, compose's postgres-init.sh),
-- as the superuser, in schema public: the catalog role stays unprivileged (no CREATE on the database).
do $$
begin
    if not exists (select from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                   where e.extname = 'unaccent' and n.nspname = 'public') then
        raise exception 'extension unaccent is missing in schema public: the database setup creates it '
            '(deploy PostgresRoles.provision / deploy/compose/postgres-init.sh: CREATE EXTENSION unaccent SCHEMA public)';
    end if;
end
$$;

-- One configuration per language: the default parser, every word first stripped of its accents (the unaccent
-- dictionary is a filter), then stemmed with the language's Snowball stemmer (lower-cases, drops stop words).
-- Numbers, e-mail addresses, URLs... keep the mappings of the built-in configuration they are copied from.
create text search configuration catalog_es (copy = pg_catalog.spanish);
alter text search configuration catalog_es
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
    with public.unaccent, spanish_stem;

create text search configuration catalog_en (copy = pg_catalog.english);
alter text search configuration catalog_en
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
    with public.unaccent, english_stem;

-- The documents, kept by PostgreSQL itself on every insert and update (stored generated columns: the configuration
-- is bound by OID here, so to_tsvector(regconfig, text) is immutable). Weights: name and SKU A, specifications
-- (the string values of features) B, description C. The SKU goes in twice: as text ('ZV-CAF-001' → zv-caf, zv,
-- caf, 001: a part of it is a word) and as one lexeme 'zv-caf-001', which a prefix query ('zv-ca':*) matches.
alter table product
    add column search_es tsvector generated always as (
        setweight(to_tsvector('catalog_es', name_es), 'A')
        || setweight(to_tsvector('simple', sku) || array_to_tsvector(array[lower(sku)]), 'A')
        || setweight(jsonb_to_tsvector('catalog_es', features, '["string"]'), 'B')
        || setweight(to_tsvector('catalog_es', description_es), 'C')) stored,
    add column search_en tsvector generated always as (
        setweight(to_tsvector('catalog_en', name_en), 'A')
        || setweight(to_tsvector('simple', sku) || array_to_tsvector(array[lower(sku)]), 'A')
        || setweight(jsonb_to_tsvector('catalog_en', features, '["string"]'), 'B')
        || setweight(to_tsvector('catalog_en', description_en), 'C')) stored;

-- Full-text search (words and SKU prefixes): one GIN index per language (only public rows are ever searched).
create index product_search_es_idx on product using gin (search_es) where active;
create index product_search_en_idx on product using gin (search_en) where active;

-- Filters and sorts of the public list, all on active products (inactive ones are never listed):
-- category (+ the default catalog order inside it), price range / sort by price (on request last),
-- in stock, newest first, name in each language (ICU root collation: accents and case sort as a reader expects).
drop index product_active_idx;
create index product_active_category_name_idx on product (category_id, name_es) where active;
create index product_active_price_idx on product (price nulls last, id) where active;
create index product_active_in_stock_idx on product (category_id) where active and stock_quantity > 0;
create index product_active_newest_idx on product (created_at desc, id desc) where active;
create index product_active_name_es_idx on product ((name_es collate "und-x-icu"), id) where active;
create index product_active_name_en_idx on product ((name_en collate "und-x-icu"), id) where active;
