package com.zivah.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A buyer's request for quote; staff price it later (unit prices, total, notes). */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quote_number", nullable = false, unique = true, length = 20)
    public String quoteNumber;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "customer_email", nullable = false)
    public String customerEmail;

    @Column(name = "customer_phone", length = 50)
    public String customerPhone;

    public String company;

    @Column(length = 100)
    public String country;

    @Column(nullable = false, length = 2)
    public String locale;

    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteStatus status;

    @Column(name = "total_amount", precision = 12, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "admin_notes")
    public String adminNotes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<QuoteItem> items = new ArrayList<>();

    public void addItem(QuoteItem item) {
        item.quote = this;
        items.add(item);
    }
}
