-- Measures the public search (the SQL of repository/ProductRepository, V2__search.sql's indexes) with EXPLAIN ANALYZE,
-- on the catalog as it is (the demo catalog) and on a generated catalog of 10,000 more products; then rolls back.
-- Run against a migrated catalog schema with the demo catalog, e.g. the local stack's:
--   psql "postgresql://catalog:$CATALOG_DB_PASSWORD@127.0.0.1:15432/zivah" -f catalog-service/bench/search-explain.sql
-- Numbers: catalog-service/README.md ("Search: measurements").
\set ON_ERROR_STOP on
\pset pager off
set search_path = catalog;

\echo '=== demo catalog'
select count(*) as products, count(*) filter (where active) as active from product;
\ir search-queries.sql

\echo '=== demo catalog + 10,000 generated products'
begin;
-- copies of the demo products with their own SKU, slug, a batch word, price, stock and age; 5 % withdrawn
insert into product (sku, slug, category_id, name_es, name_en, description_es, description_en, specs, unit,
                     min_order_quantity, price, price_on_request, stock_quantity, active, created_at, updated_at)
select 'GEN-' || lpad(g::text, 5, '0'), p.slug || '-gen-' || g, p.category_id,
       p.name_es || ' lote ' || g, p.name_en || ' batch ' || g, p.description_es, p.description_en,
       p.specs || jsonb_build_array(jsonb_build_object('key', 'lot', 'label', jsonb_build_object('es', 'Lote', 'en', 'Lot'),
                                   'value', jsonb_build_object('es', 'L' || g, 'en', 'L' || g))),
       p.unit, p.min_order_quantity,
       case when p.price_on_request then null else round((p.price * (0.5 + (g % 100) / 100.0))::numeric, 2) end,
       p.price_on_request, (g * 37) % 5000, g % 20 <> 0, now() - make_interval(mins => g), now()
from generate_series(1, 10000) g
join lateral (select * from product where active order by id offset (g % (select count(*) from product where active)) limit 1) p on true;
-- as after autovacuum: move GIN's pending list (fast update) into the index, and fresh statistics
select gin_clean_pending_list('product_search_es_idx') + gin_clean_pending_list('product_search_en_idx') as gin_pages_merged;
analyze product;
select count(*) as products, count(*) filter (where active) as active from product;
\ir search-queries.sql
rollback;
