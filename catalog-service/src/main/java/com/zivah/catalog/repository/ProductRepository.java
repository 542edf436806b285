package com.zivah.catalog.repository;

import com.zivah.catalog.Product;
import com.zivah.catalog.ProductSort;
import com.zivah.platform.i18n.Language;
import com.zivah.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    /**
     * The public search (V2__search.sql): a product matches when its Spanish document matches the text parsed as
     * Spanish, or its English document the text parsed as English (so "almonds" finds a product whose English text
     * says almonds, never one that only says "almendras"), or its SKU starts with the text (the prefix query
     * {@code :skuPrefix}, only when the text looks like a SKU). Both are one GIN lookup per language.
     */
    private static final String MATCHES = "(p.search_es @@ websearch_to_tsquery('catalog_es', :text)"
            + " or p.search_en @@ websearch_to_tsquery('catalog_en', :text))";
    private static final String MATCHES_OR_SKU_PREFIX =
            "(p.search_es @@ (websearch_to_tsquery('catalog_es', :text) || cast(:skuPrefix as tsquery))"
            + " or p.search_en @@ (websearch_to_tsquery('catalog_en', :text) || cast(:skuPrefix as tsquery)))";

    /**
     * What can be the start of a SKU (ZV-CAF-001): letters and digits with a hyphen or a digit in them, so a plain word
     * stays a word ("te" must not find "textil"); nothing of the tsquery syntax (no quote, no operator) gets through.
     */
    private static final Pattern SKU_LIKE = Pattern.compile("(?=.*[-0-9])[a-z0-9]+(-[a-z0-9]*)*");

    /** Matches in the visitor's language count fully, in the other one at this share; a SKU hit outranks text. */
    private static final double OTHER_LANGUAGE_WEIGHT = 0.5;

    private static final String CATALOG_ORDER = "c.sort_order, p.name_es collate \"und-x-icu\", p.id";

    /** A page of products and the number of matches on every page. */
    public record Page(List<Product> products, long total) {
    }

    /**
     * One page of active products matching {@code criteria}, in its order, with their categories fetched, and the
     * number of all matches: two round trips (ids with the total, then the entities), a third only for a page past
     * the end (to count).
     */
    public Page pageActive(ProductCriteria criteria, PageRequest paging) {
        Query query = getEntityManager().createNativeQuery("select p.id, count(*) over () from product p"
                + " join category c on c.id = p.category_id" + where(criteria) + " order by " + orderBy(criteria));
        bind(query, criteria);
        if (criteria.text() != null && criteria.sort() == ProductSort.RELEVANCE) {
            boolean english = criteria.language() == Language.EN;
            query.setParameter("esWeight", english ? OTHER_LANGUAGE_WEIGHT : 1.0);
            query.setParameter("enWeight", english ? 1.0 : OTHER_LANGUAGE_WEIGHT);
            query.setParameter("skuExact", criteria.text().toLowerCase(Locale.ROOT));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        if (rows.isEmpty()) {
            return new Page(List.of(), paging.page == 0 ? 0 : countActive(criteria));
        }
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            position.put(((Number) rows.get(i)[0]).longValue(), i);
        }
        List<Product> products = getEntityManager()
                .createQuery("select p from Product p join fetch p.category where p.id in :ids", Product.class)
                .setParameter("ids", position.keySet())
                .getResultStream()
                .sorted(Comparator.comparing(p -> position.get(p.id)))
                .toList();
        return new Page(products, ((Number) rows.get(0)[1]).longValue());
    }

    public long countActive(ProductCriteria criteria) {
        Query query = getEntityManager().createNativeQuery(
                "select count(*) from product p" + where(criteria), Long.class);
        bind(query, criteria);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Matching active products per category slug for {@code criteria}, in the categories' display order; categories
     * without any are absent.
     */
    public Map<String, Long> countActivePerCategory(ProductCriteria criteria) {
        Query query = getEntityManager().createNativeQuery("select c.slug, count(*) from product p"
                + " join category c on c.id = p.category_id" + where(criteria)
                + " group by c.id, c.slug, c.sort_order order by c.sort_order, c.id");
        bind(query, criteria);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    public Optional<Product> findActiveById(long id) {
        return findActive("p.id = :ref", id);
    }

    public Optional<Product> findActiveBySlug(String slug) {
        return findActive("p.slug = :ref", slug);
    }

    /** Loads a product for a change, holding its row lock so concurrent writers get consecutive versions. */
    public Optional<Product> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Product> findActive(String condition, Object ref) {
        return getEntityManager()
                .createQuery("select p from Product p join fetch p.category where p.active = true and " + condition,
                        Product.class)
                .setParameter("ref", ref)
                .getResultStream()
                .findFirst();
    }

    private static String where(ProductCriteria criteria) {
        StringBuilder where = new StringBuilder(" where p.active");
        if (criteria.text() != null) {
            where.append(" and ").append(skuPrefixQuery(criteria.text()) == null ? MATCHES : MATCHES_OR_SKU_PREFIX);
        }
        if (criteria.categoryId() != null) {
            where.append(" and p.category_id = :category");
        }
        if (criteria.minPrice() != null) {
            where.append(" and p.price >= :minPrice");
        }
        if (criteria.maxPrice() != null) {
            where.append(" and p.price <= :maxPrice");
        }
        if (criteria.inStock()) {
            where.append(" and p.stock_quantity > 0");
        }
        return where.toString();
    }

    private static String orderBy(ProductCriteria criteria) {
        return switch (criteria.sort()) {
            case RELEVANCE -> criteria.text() == null ? CATALOG_ORDER
                    : "(ts_rank_cd(p.search_es, websearch_to_tsquery('catalog_es', :text)) * :esWeight"
                            + " + ts_rank_cd(p.search_en, websearch_to_tsquery('catalog_en', :text)) * :enWeight"
                            + " + case when lower(p.sku) = :skuExact then 10 else 0 end) desc, " + CATALOG_ORDER;
            case NAME -> (criteria.language() == Language.EN ? "p.name_en" : "p.name_es")
                    + " collate \"und-x-icu\", p.id";
            case PRICE -> "p.price asc nulls last, p.id";
            case NEWEST -> "p.created_at desc, p.id desc";
        };
    }

    private static void bind(Query query, ProductCriteria criteria) {
        if (criteria.text() != null) {
            query.setParameter("text", criteria.text());
            String skuPrefix = skuPrefixQuery(criteria.text());
            if (skuPrefix != null) {
                query.setParameter("skuPrefix", skuPrefix);
            }
        }
        if (criteria.categoryId() != null) {
            query.setParameter("category", criteria.categoryId());
        }
        if (criteria.minPrice() != null) {
            query.setParameter("minPrice", criteria.minPrice());
        }
        if (criteria.maxPrice() != null) {
            query.setParameter("maxPrice", criteria.maxPrice());
        }
    }

    // ---- staff reads and writes (every product, active or not) ----

    /** The PostgreSQL advisory lock key that serializes claiming and retiring SKUs and slugs across replicas. */
    public static final long IDENTIFIERS_LOCK = 0x7A69_7661_6870_6964L; // "zivahpid"

    /**
     * Holds {@link #IDENTIFIERS_LOCK} until the caller's transaction ends: a create checks that its SKU and slug are
     * neither used nor retired, a delete retires them, and the two never interleave.
     */
    public void lockIdentifiers() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", IDENTIFIERS_LOCK)
                .getSingleResult();
    }

    /** A product by id, active or not, with its category. */
    public Optional<Product> findAnyById(long id) {
        return getEntityManager()
                .createQuery("select p from Product p join fetch p.category where p.id = :id", Product.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<Product> findBySku(String sku) {
        return find("sku", sku).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Products (active or not) of category {@code categoryId}. */
    public long countInCategory(long categoryId) {
        return count("category.id", categoryId);
    }

    /** Staff list: products active or not, by category and flag, matching a part of the SKU or name; catalog order. */
    public List<Product> pageAll(StaffCriteria criteria, int page, int size) {
        TypedQuery<Product> query = getEntityManager().createQuery("select p from Product p join fetch p.category c"
                + staffWhere(criteria) + " order by c.sortOrder, p.nameEs, p.id", Product.class);
        return bindStaff(query, criteria).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countAll(StaffCriteria criteria) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(p) from Product p join p.category c"
                + staffWhere(criteria), Long.class);
        return bindStaff(query, criteria).getSingleResult();
    }

    private static String staffWhere(StaffCriteria criteria) {
        List<String> conditions = new java.util.ArrayList<>();
        if (criteria.categoryId() != null) {
            conditions.add("c.id = :category");
        }
        if (criteria.active() != null) {
            conditions.add("p.active = :active");
        }
        if (criteria.text() != null) {
            conditions.add("(lower(p.sku) like :text escape '!' or lower(p.nameEs) like :text escape '!'"
                    + " or lower(p.nameEn) like :text escape '!')");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bindStaff(TypedQuery<T> query, StaffCriteria criteria) {
        if (criteria.categoryId() != null) {
            query.setParameter("category", criteria.categoryId());
        }
        if (criteria.active() != null) {
            query.setParameter("active", criteria.active());
        }
        if (criteria.text() != null) {
            String escaped = criteria.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            query.setParameter("text", "%" + escaped + "%");
        }
        return query;
    }

    /** Every product, active or not, in catalog order (CSV export). */
    public List<Product> listAllInCatalogOrder() {
        return getEntityManager()
                .createQuery("select p from Product p join fetch p.category c order by c.sortOrder, p.nameEs, p.id",
                        Product.class)
                .getResultList();
    }

    /** Filters of the staff list; null means any. {@code text} is matched as a case-insensitive substring. */
    public record StaffCriteria(Long categoryId, Boolean active, String text) {
    }

    /** {@code 'zv-ca':*} for a text that can be the start of a SKU, otherwise null. */
    static String skuPrefixQuery(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SKU_LIKE.matcher(lower).matches() ? "'" + lower + "':*" : null;
    }
}
