package com.zivah.catalog.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The demo catalog's product pictures, drawn here (never fetched, never hot-linked): the category's colour as a
 * gradient, a simple shape for the category's icon, and the product's name. Deterministic: the same product always
 * gives the same pixels, so its variants keep their hashes from one start to the next.
 */
public final class DemoIllustration {

    /**
     * The picture's size: small enough that all 39 demo products' variants are made in a few seconds at startup
     * (the large variant is then 800 px wide: never upscaled). Drawn on a 1200×900 canvas, scaled down.
     */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;
    private static final int CANVAS_WIDTH = 1200;
    private static final int CANVAS_HEIGHT = 900;

    /** Colours per category icon (catalog.json's {@code icon}); any other icon gets a colour from its name. */
    private static final Map<String, Color> COLOURS = Map.of(
            "coffee", new Color(0x6F4E37), "pepper", new Color(0xB5452B), "nut", new Color(0xC08A3E),
            "wheat", new Color(0xC9A227), "oil", new Color(0x8A9A2B), "fish", new Color(0x2B6F9A),
            "textile", new Color(0x7A4F9A));

    private DemoIllustration() {
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** A {@value #WIDTH}×{@value #HEIGHT} picture of product {@code name} in a category with {@code icon}. */
    public static BufferedImage draw(String icon, String name) {
        Color base = COLOURS.getOrDefault(icon == null ? "" : icon,
                Color.getHSBColor(((icon == null ? 0 : icon.hashCode()) & 0xFF) / 255f, 0.5f, 0.6f));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(WIDTH / (double) CANVAS_WIDTH, HEIGHT / (double) CANVAS_HEIGHT);
            g.setPaint(new GradientPaint(0, 0, base.brighter(), CANVAS_WIDTH, CANVAS_HEIGHT, base.darker()));
            g.fillRect(0, 0, CANVAS_WIDTH, CANVAS_HEIGHT);
            g.setColor(new Color(255, 255, 255, 40));
            g.fill(new Ellipse2D.Double(-200, -260, 900, 900));
            drawShape(g, icon, base);
            drawName(g, name);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawShape(Graphics2D g, String icon, Color base) {
        double cx = CANVAS_WIDTH / 2.0;
        double cy = 360;
        g.setColor(new Color(255, 255, 255, 230));
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (icon == null ? "" : icon) {
            case "coffee" -> { // a bean: an ellipse with its groove
                g.fill(new Ellipse2D.Double(cx - 150, cy - 210, 300, 420));
                g.setColor(base.darker());
                Path2D groove = new Path2D.Double();
                groove.moveTo(cx, cy - 190);
                groove.curveTo(cx - 70, cy - 60, cx + 70, cy + 60, cx, cy + 190);
                g.draw(groove);
            }
            case "pepper" -> { // peppercorns
                for (int i = 0; i < 5; i++) {
                    double x = cx - 260 + i * 130;
                    double y = cy + (i % 2 == 0 ? -40 : 60);
                    g.fill(new Ellipse2D.Double(x - 60, y - 60, 120, 120));
                }
            }
            case "nut" -> { // an almond
                Path2D almond = new Path2D.Double();
                almond.moveTo(cx, cy - 220);
                almond.curveTo(cx + 230, cy - 80, cx + 160, cy + 200, cx, cy + 210);
                almond.curveTo(cx - 160, cy + 200, cx - 230, cy - 80, cx, cy - 220);
                g.fill(almond);
            }
            case "wheat" -> { // an ear of wheat
                g.draw(new java.awt.geom.Line2D.Double(cx, cy - 230, cx, cy + 230));
                for (int i = 0; i < 5; i++) {
                    double y = cy - 190 + i * 70;
                    g.fill(new Ellipse2D.Double(cx - 110, y, 100, 50));
                    g.fill(new Ellipse2D.Double(cx + 10, y, 100, 50));
                }
            }
            case "oil" -> { // a drop
                Path2D drop = new Path2D.Double();
                drop.moveTo(cx, cy - 230);
                drop.curveTo(cx + 60, cy - 120, cx + 170, cy, cx + 170, cy + 80);
                drop.curveTo(cx + 170, cy + 180, cx + 90, cy + 230, cx, cy + 230);
                drop.curveTo(cx - 90, cy + 230, cx - 170, cy + 180, cx - 170, cy + 80);
                drop.curveTo(cx - 170, cy, cx - 60, cy - 120, cx, cy - 230);
                g.fill(drop);
            }
            case "fish" -> { // a fish
                g.fill(new Ellipse2D.Double(cx - 260, cy - 120, 420, 240));
                Path2D tail = new Path2D.Double();
                tail.moveTo(cx + 130, cy);
                tail.lineTo(cx + 290, cy - 120);
                tail.lineTo(cx + 290, cy + 120);
                tail.closePath();
                g.fill(tail);
                g.setColor(base.darker());
                g.fill(new Ellipse2D.Double(cx - 190, cy - 40, 40, 40));
            }
            case "textile" -> { // a folded cloth
                for (int i = 0; i < 3; i++) {
                    g.setColor(new Color(255, 255, 255, 150 + i * 40));
                    g.fill(new RoundRectangle2D.Double(cx - 260 + i * 40, cy - 180 + i * 70, 440, 150, 40, 40));
                }
            }
            default -> g.fill(new RoundRectangle2D.Double(cx - 200, cy - 200, 400, 400, 80, 80));
        }
    }

    /** The name on a band at the bottom; skipped when this runtime has no fonts (the picture stays valid). */
    private static void drawName(Graphics2D g, String name) {
        g.setColor(new Color(0, 0, 0, 110));
        g.fillRect(0, CANVAS_HEIGHT - 230, CANVAS_WIDTH, 230);
        try {
            g.setColor(Color.WHITE);
            int size = 64;
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
            FontMetrics metrics = g.getFontMetrics(font);
            while (size > 28 && metrics.stringWidth(name) > CANVAS_WIDTH - 120) {
                size -= 4;
                font = font.deriveFont((float) size);
                metrics = g.getFontMetrics(font);
            }
            g.setFont(font);
            g.drawString(name, (CANVAS_WIDTH - metrics.stringWidth(name)) / 2,
                    CANVAS_HEIGHT - 115 + metrics.getAscent() / 2);
        } catch (RuntimeException | LinkageError | InternalError e) {
            // a runtime image without fonts (fontconfig missing): the picture without its caption
        }
    }
}
