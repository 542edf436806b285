\echo '--- q =' :'q' ': page (relevance, lang es)'
explain (analyze, buffers, costs off, summary on)
select p.id from product p join category c on c.id = p.category_id
 where p.active and (p.search_es @@ (websearch_to_tsquery('catalog_es', :'q') || cast(:'sku' as tsquery))
       or p.search_en @@ (websearch_to_tsquery('catalog_en', :'q') || cast(:'sku' as tsquery)))
 order by (ts_rank_cd(p.search_es, websearch_to_tsquery('catalog_es', :'q')) * 1.0
         + ts_rank_cd(p.search_en, websearch_to_tsquery('catalog_en', :'q')) * 0.5
         + case when lower(p.sku) = lower(:'q') then 10 else 0 end) desc,
          c.sort_order, p.name_es collate "und-x-icu", p.id
 limit 20;
\echo '--- q =' :'q' ': count'
explain (analyze, buffers, costs off, summary on)
select count(*) from product p
 where p.active and (p.search_es @@ (websearch_to_tsquery('catalog_es', :'q') || cast(:'sku' as tsquery))
       or p.search_en @@ (websearch_to_tsquery('catalog_en', :'q') || cast(:'sku' as tsquery)));
\echo '--- q =' :'q' ': facets'
explain (analyze, buffers, costs off, summary on)
select p.category_id, count(*) from product p
 where p.active and (p.search_es @@ (websearch_to_tsquery('catalog_es', :'q') || cast(:'sku' as tsquery))
       or p.search_en @@ (websearch_to_tsquery('catalog_en', :'q') || cast(:'sku' as tsquery)))
 group by p.category_id;
