/**
 * The customer journey model: a {@link dev.journeymap.core.Journey} of ordered
 * {@link dev.journeymap.core.Stage stages}, perhaps divided into
 * {@link dev.journeymap.core.Step steps} (the map's {@link dev.journeymap.core.Column columns}),
 * the {@link dev.journeymap.core.Persona personas} who live it, the
 * {@link dev.journeymap.core.Touchpoint touchpoints} where they meet the business, and the
 * insights ({@link dev.journeymap.core.Item items}) of each lane: the
 * {@link dev.journeymap.core.BuiltInLane built-in} ones, the service blueprint's, and the
 * journey's own {@link dev.journeymap.core.LaneDefinition lanes}, with
 * {@link dev.journeymap.core.Link links}
 * between items.
 *
 * <p>Every type here is immutable, compares by value, holds no nulls (absent values are
 * {@link java.util.Optional} or empty lists) and is safe to share between threads. Instances are
 * made with the fluent builders ({@link dev.journeymap.core.Journey#builder(String)}) or read from
 * JSON ({@link dev.journeymap.core.json.JourneyJson}); both validate the whole journey.
 *
 * <p>Rule of this package: nothing here knows about drawing or about a file format.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true)
package dev.journeymap.core;

import org.immutables.value.Value;
