package com.zivah.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A version of a quote as it was sent, never changed afterwards: the QuoteSent payload without the PDF's base64
 * ({@link #snapshot}, JSON) and the exact PDF bytes mailed. Made by {@link Quote#freezeVersion} + the service.
 */
@Entity
@Table(name = "quote_version")
public class QuoteVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false)
    public Quote quote;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    public String sentBy;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal total;

    // lazy (Quarkus enhances entities): the list of versions never loads snapshots and PDFs
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String snapshot;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    public String pdfSha256;
}
