-- The queries of one search request (ProductRepository: page, count, facets), EXPLAIN ANALYZE'd, for a word of a few
-- products ("almendra", "robusta"), a word of most of them ("bags", in the packaging specification), a SKU prefix, and a list without q (category + price filter + sort).
-- :sku is the SKU prefix query ProductRepository.skuPrefixQuery makes of q (empty for a plain word)
\set q 'almendra'
\set sku ''
\ir search-request.sql
\set q 'robusta'
\set sku ''
\ir search-request.sql
\set q 'bags'
\set sku ''
\ir search-request.sql
\set q 'ZV-CAF'
\set sku '''zv-caf'':*'
\ir search-request.sql
\echo '--- no q: category frutos-secos, price 1..20, in stock, sorted by price'
explain (analyze, buffers, costs off, summary on)
select p.id from product p join category c on c.id = p.category_id
 where p.active and p.category_id = (select id from category where slug = 'frutos-secos')
   and p.price >= 1 and p.price <= 20 and p.stock_quantity > 0
 order by p.price asc nulls last, p.id limit 20;
