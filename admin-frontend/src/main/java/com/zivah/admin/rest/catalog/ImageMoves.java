package com.zivah.admin.rest.catalog;

import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The image order buttons of the product form: up, down, primary (first) for one image id. */
final class ImageMoves {

    private static final Pattern MOVE = Pattern.compile("(up|down|primary)-(\\d{1,18})");

    private ImageMoves() {
    }

    static void apply(List<Long> order, String move) {
        Matcher m = move == null ? null : MOVE.matcher(move);
        if (m == null || !m.matches()) {
            return;
        }
        int i = order.indexOf(Long.valueOf(m.group(2)));
        if (i < 0) {
            return;
        }
        switch (m.group(1)) {
            case "up" -> {
                if (i > 0) {
                    Collections.swap(order, i, i - 1);
                }
            }
            case "down" -> {
                if (i + 1 < order.size()) {
                    Collections.swap(order, i, i + 1);
                }
            }
            default -> order.add(0, order.remove(i));
        }
    }
}
