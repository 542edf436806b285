package com.zivah.web.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The visitor's quote cart: ordered lines of product, quantity and an optional note, each with the minimum order and
 * public price the product had when the line was last set (so a later change of either is flagged on the cart page).
 * Immutable; every change returns a new cart. It lives in a signed cookie ({@code rest/CartCookie}), nowhere else.
 */
public record QuoteCart(List<Line> lines) {

    /** Lines a cart may hold (quote-service accepts up to 50 items per RFQ). */
    public static final int MAX_LINES = 50;
    /** The largest quantity of a line (quote-service's own maximum). */
    public static final int MAX_QUANTITY = 1_000_000;
    /** Characters of a line's note (quote-service's limit). */
    public static final int MAX_NOTE = 500;

    public static final QuoteCart EMPTY = new QuoteCart(List.of());

    public QuoteCart {
        lines = List.copyOf(lines);
    }

    /**
     * A line: {@code minOrder} and {@code price} as the catalog showed them when the line was set ({@code price}
     * null = price on request).
     */
    public record Line(long productId, int quantity, String note, Integer minOrder, BigDecimal price) {

        public Line {
            note = note == null || note.isBlank() ? null : note.strip();
        }

        /** Whether the catalog's current terms differ from those the buyer saw. */
        public boolean termsChanged(Integer currentMinOrder, BigDecimal currentPrice) {
            boolean priceDiffers = price == null ? currentPrice != null
                    : currentPrice == null || price.compareTo(currentPrice) != 0;
            return !Objects.equals(minOrder, currentMinOrder) || priceDiffers;
        }
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Items in the cart (lines, not units): what the header shows. */
    public int count() {
        return lines.size();
    }

    public Optional<Line> line(long productId) {
        return lines.stream().filter(line -> line.productId() == productId).findFirst();
    }

    /**
     * The product with this quantity (an existing line keeps its note and place; the same link opened twice
     * leaves the same cart). Empty when the cart has no room for a new line.
     */
    public Optional<QuoteCart> put(long productId, int quantity, Integer minOrder, BigDecimal price) {
        Optional<Line> existing = line(productId);
        if (existing.isEmpty() && lines.size() >= MAX_LINES) {
            return Optional.empty();
        }
        String note = existing.map(Line::note).orElse(null);
        return Optional.of(with(new Line(productId, quantity, note, minOrder, price)));
    }

    /** The line's new quantity and note, with the terms now shown (the buyer has seen them); unknown product: no-op. */
    public QuoteCart update(long productId, int quantity, String note, Integer minOrder, BigDecimal price) {
        return line(productId).isEmpty() ? this : with(new Line(productId, quantity, note, minOrder, price));
    }

    public QuoteCart remove(long productId) {
        return new QuoteCart(lines.stream().filter(line -> line.productId() != productId).toList());
    }

    private QuoteCart with(Line replacement) {
        List<Line> next = new ArrayList<>(lines.size() + 1);
        boolean replaced = false;
        for (Line line : lines) {
            if (line.productId() == replacement.productId()) {
                next.add(replacement);
                replaced = true;
            } else {
                next.add(line);
            }
        }
        if (!replaced) {
            next.add(replacement);
        }
        return new QuoteCart(next);
    }
}
