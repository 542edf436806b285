package com.zivah.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** Display colour, {@code #RRGGBB} (upper-case hex). */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 7)
    public String color;

    /** Grows with every change; the version of its CategoryChanged events and the base of a staff edit. */
    @Column(nullable = false)
    public long version;

    /** Whether an edit based on {@code basedOn} (the version its editor read) is based on the current state. */
    public boolean isAtVersion(long basedOn) {
        return version == basedOn;
    }

    /** Moves the category to {@code position} of the display order; true when it moved. */
    public boolean moveTo(int position) {
        if (sortOrder == position) {
            return false;
        }
        sortOrder = position;
        return true;
    }

    /** Records a change: the next version (1 for a new category). */
    public void recordChange() {
        version++;
    }
}
