package com.zivah.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing that happened to a quote (append-only): written by the domain methods of {@link Quote}. */
@Entity
@Table(name = "quote_timeline")
public class QuoteTimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false)
    public Quote quote;

    @Column(nullable = false)
    public Instant at;

    /** The staff member's username, or {@code buyer}. */
    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TimelineKind kind;

    @Column(nullable = false, length = 500)
    public String summary;

    /** What changed (old → new values, the action, the version sent). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> details;
}
