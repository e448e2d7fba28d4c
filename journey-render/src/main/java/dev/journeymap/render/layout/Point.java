package dev.journeymap.render.layout;

/**
 * A point in SVG pixels, {@code y} growing downwards.
 *
 * @param x the horizontal position
 * @param y the vertical position
 */
public record Point(double x, double y) {}
