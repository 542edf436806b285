package com.zivah.catalog.repository;

import com.zivah.catalog.Category;
import com.zivah.catalog.Product;
import com.zivah.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    /** One page of active products, ordered as the catalog shows them, with their categories fetched. */
    public List<Product> pageActive(Category category, String search, PageRequest paging) {
        TypedQuery<Product> query = getEntityManager().createQuery(
                "select p from Product p join fetch p.category c where " + activeFilter(category, search)
                        + " order by c.sortOrder, p.nameEs, p.id", Product.class);
        bind(query, category, search);
        return query.setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
    }

    public long countActive(Category category, String search) {
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(p) from Product p where " + activeFilter(category, search), Long.class);
        bind(query, category, search);
        return query.getSingleResult();
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

    private static String activeFilter(Category category, String search) {
        StringBuilder where = new StringBuilder("p.active = true");
        if (category != null) {
            where.append(" and p.category = :category");
        }
        if (search != null) {
            where.append(" and (lower(p.nameEs) like :search escape '\\' or lower(p.nameEn) like :search escape '\\')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Category category, String search) {
        if (category != null) {
            query.setParameter("category", category);
        }
        if (search != null) {
            query.setParameter("search", "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%");
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
