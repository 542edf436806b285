package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product family of the catalog, with Spanish and English texts. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(name = "name_es", nullable = false, length = 100)
    public String nameEs;

    @Column(name = "name_en", nullable = false, length = 100)
    public String nameEn;

    @Column(name = "description_es", columnDefinition = "text")
    public String descriptionEs;

    @Column(name = "description_en", columnDefinition = "text")
    public String descriptionEn;

    @Column(length = 50)
    public String icon;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
