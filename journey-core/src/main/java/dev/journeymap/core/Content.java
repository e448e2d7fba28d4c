package dev.journeymap.core;

import org.immutables.value.Value;

/** The lanes of a stage or a step as one value, collected by {@link LaneContentBuilder}. */
@SuppressWarnings("exports")
@Value.Immutable
abstract class Content implements LaneContent {}
