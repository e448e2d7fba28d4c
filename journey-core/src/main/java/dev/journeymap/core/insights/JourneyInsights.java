package dev.journeymap.core.insights;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The questions a team asks of a journey map, answered: where customers feel worst and where they
 * get lost, what is not measured, not owned, not researched or not justified, which channels
 * carry the journey and which micro-moments it misses.
 *
 * <pre>{@code
 * Journey journey = Journey.builder("Booking a junk removal")
 *     .stage("consideration", "Consideration", s -> s
 *         .touchpoint("call-centre", "Call centre", Channel.PHONE, t -> t
 *             .emotion(-1, "Kept waiting"))
 *         .touchpoint("review-site", "Review site", Channel.REVIEWS)
 *         .emotion(-0.5, "Unsure")
 *         .painPoint("Evening calls go to voicemail")
 *         .kpi("Phone calls", 310, 350)
 *         .moment(Moment.I_WANT_TO_GO))
 *     .stage("purchase", "Purchase", s -> s
 *         .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
 *             .owner("E-commerce"))
 *         .emotion(1, "Relieved")
 *         .opportunity(Item.of("Open Saturday slots", Evidence.ASSUMPTION))
 *         .funnel(420, 164)
 *         .moment(Moment.I_WANT_TO_BUY))
 *     .build();
 * JourneyInsights insights = JourneyInsights.of(journey);
 * insights.lowMoments()               // the call centre (-1), then consideration itself (-0.5)
 * insights.dropOffs()                 // purchase: 420 entered, 164 completed, rate 0.6095...
 * insights.stagesWithoutKpi()         // [purchase]
 * insights.touchpointsWithoutOwner()  // [call-centre, review-site]
 * insights.painPointsWithoutOwner()   // ["Evening calls go to voicemail"], naming no touchpoint
 * insights.assumptions()              // AssumptionShare[assumptions=1, insights=2], share 0.5
 * insights.unansweredOpportunities()  // ["Open Saturday slots"]: purchase has no pain point
 * insights.channelMix()               // WEB 1, PHONE 1, REVIEWS 1
 * insights.momentsNotCovered()        // [I_WANT_TO_KNOW, I_WANT_TO_DO]
 * }</pre>
 *
 * <p>The answers look at the stages' own content: the steps of a stage are not looked at yet,
 * except by {@link #channelMix()}, which counts every touchpoint of the journey, and by the
 * assumption shares, which count the steps' insights with their stage's.
 *
 * <p>Each answer is a list in a fixed order, empty when there is nothing to report, never null.
 * Instances are immutable, compare by value and are safe to share between threads.
 */
public final class JourneyInsights {
  private final ImmutableList<LowMoment> lowMoments;
  private final ImmutableList<FunnelDropOff> dropOffs;
  private final ImmutableList<StageRef> stagesWithoutKpi;
  private final ImmutableList<TouchpointRef> touchpointsWithoutOwner;
  private final ImmutableList<UnownedPainPoint> painPointsWithoutOwner;
  private final ImmutableList<StageAssumptions> assumptionsByStage;
  private final AssumptionShare assumptions;
  private final ImmutableList<UnansweredOpportunity> unansweredOpportunities;
  private final ImmutableList<ChannelCount> channelMix;
  private final ImmutableList<Moment> momentsNotCovered;

  private JourneyInsights(Journey journey) {
    Places places = new Places(journey);
    this.lowMoments = lowMoments(journey, places);
    this.dropOffs = dropOffs(journey, places);
    this.stagesWithoutKpi = stagesWithoutKpi(journey, places);
    this.touchpointsWithoutOwner = touchpointsWithoutOwner(journey, places);
    this.painPointsWithoutOwner = painPointsWithoutOwner(journey, places);
    this.assumptionsByStage = assumptionsByStage(journey, places);
    this.assumptions = new AssumptionShare(
        assumptionsByStage.stream().mapToInt(StageAssumptions::assumptions).sum(),
        assumptionsByStage.stream().mapToInt(StageAssumptions::insights).sum());
    this.unansweredOpportunities = unansweredOpportunities(journey, places);
    this.channelMix = channelMix(journey);
    this.momentsNotCovered = momentsNotCovered(journey);
  }

  /** The answers for {@code journey}. */
  public static JourneyInsights of(Journey journey) {
    return new JourneyInsights(Objects.requireNonNull(journey, "journey"));
  }

  /**
   * The points of the {@link Journey#emotionCurve() emotion curve} below neutral, lowest first;
   * equal scores in curve order (stage after stage, the stage's own emotion before its
   * touchpoints'). Empty when the curve never goes below neutral.
   *
   * <p>A journey has one curve today, for all its personas: a touchpoint that only some personas
   * meet ({@link Touchpoint#personas()}) is on it like any other. When the format gives personas
   * their own curves, their low moments will come as a separate answer per persona; this one
   * stays the journey's curve.
   */
  public ImmutableList<LowMoment> lowMoments() {
    return lowMoments;
  }

  /**
   * Every stage with a {@link Stage#funnel() funnel}, the largest drop-off rate first; equal rates
   * in journey order. A funnel that nobody entered has a rate of 0 and comes last with the
   * funnels that lose nobody.
   */
  public ImmutableList<FunnelDropOff> dropOffs() {
    return dropOffs;
  }

  /**
   * The stages without any {@link Stage#kpis() KPI}, in journey order. A
   * {@link Stage#funnel() funnel} is not a KPI: a stage with a funnel and no KPI is listed.
   */
  public ImmutableList<StageRef> stagesWithoutKpi() {
    return stagesWithoutKpi;
  }

  /** The touchpoints without an {@link Touchpoint#owner() owner}, in journey order. */
  public ImmutableList<TouchpointRef> touchpointsWithoutOwner() {
    return touchpointsWithoutOwner;
  }

  /**
   * The pain points that name no touchpoint, or a touchpoint without an owner, in journey order
   * (stage after stage, pain points in order). See {@link UnownedPainPoint} for what owning a
   * pain point means.
   */
  public ImmutableList<UnownedPainPoint> painPointsWithoutOwner() {
    return painPointsWithoutOwner;
  }

  /**
   * For every stage, in journey order, how many of its insights are marked
   * {@link Evidence#ASSUMPTION}; a stage without insights counts 0 of 0.
   */
  public ImmutableList<StageAssumptions> assumptionsByStage() {
    return assumptionsByStage;
  }

  /** How many insights of the whole journey are marked {@link Evidence#ASSUMPTION}. */
  public AssumptionShare assumptions() {
    return assumptions;
  }

  /**
   * The opportunities that answer no pain point of their stage, in journey order. See
   * {@link UnansweredOpportunity} for when an opportunity answers a pain point.
   */
  public ImmutableList<UnansweredOpportunity> unansweredOpportunities() {
    return unansweredOpportunities;
  }

  /**
   * How many touchpoints use each channel, in the order of {@link Channel}; channels that no
   * touchpoint uses are left out.
   */
  public ImmutableList<ChannelCount> channelMix() {
    return channelMix;
  }

  /** The {@link Moment micro-moments} that no stage has, in the order of {@link Moment}. */
  public ImmutableList<Moment> momentsNotCovered() {
    return momentsNotCovered;
  }

  private static ImmutableList<LowMoment> lowMoments(Journey journey, Places places) {
    // sorted() is stable on the ordered curve, so equal scores keep their curve order
    return journey.emotionCurve().stream()
        .filter(point -> point.emotion().isNegative())
        .sorted(Comparator.comparingDouble(point -> point.emotion().score()))
        .map(point -> new LowMoment(places.stages.get(point.stageIndex()),
            point.touchpointId().map(places::touchpoint), point.emotion()))
        .collect(toImmutableList());
  }

  private static ImmutableList<FunnelDropOff> dropOffs(Journey journey, Places places) {
    List<FunnelDropOff> dropOffs = new ArrayList<>();
    for (int i = 0; i < journey.stages().size(); i++) {
      StageRef stage = places.stages.get(i);
      journey.stages().get(i).funnel().ifPresent(f -> dropOffs.add(new FunnelDropOff(stage, f)));
    }
    // List.sort is stable, so equal rates keep journey order
    dropOffs.sort(Comparator.comparingDouble(FunnelDropOff::rate).reversed());
    return ImmutableList.copyOf(dropOffs);
  }

  private static ImmutableList<StageRef> stagesWithoutKpi(Journey journey, Places places) {
    ImmutableList.Builder<StageRef> without = ImmutableList.builder();
    for (int i = 0; i < journey.stages().size(); i++) {
      if (journey.stages().get(i).kpis().isEmpty()) {
        without.add(places.stages.get(i));
      }
    }
    return without.build();
  }

  private static ImmutableList<TouchpointRef> touchpointsWithoutOwner(Journey journey,
      Places places) {
    // the stages' own touchpoints: a TouchpointRef names a place in a stage, and the insights
    // do not look into steps yet
    return journey.stages().stream().flatMap(s -> s.touchpoints().stream())
        .filter(t -> t.owner().isEmpty())
        .map(t -> places.touchpoint(t.id()))
        .collect(toImmutableList());
  }

  private static ImmutableList<UnownedPainPoint> painPointsWithoutOwner(Journey journey,
      Places places) {
    ImmutableList.Builder<UnownedPainPoint> unowned = ImmutableList.builder();
    for (int i = 0; i < journey.stages().size(); i++) {
      List<Item> painPoints = journey.stages().get(i).painPoints();
      for (int j = 0; j < painPoints.size(); j++) {
        Item painPoint = painPoints.get(j);
        Optional<String> touchpointId = painPoint.touchpoint();
        boolean owned = touchpointId.map(places.touchpointsById::get)
            .flatMap(Touchpoint::owner)
            .isPresent();
        if (!owned) {
          unowned.add(new UnownedPainPoint(places.stages.get(i), j, painPoint.text(),
              touchpointId.map(places::touchpoint)));
        }
      }
    }
    return unowned.build();
  }

  private static ImmutableList<StageAssumptions> assumptionsByStage(Journey journey,
      Places places) {
    ImmutableList.Builder<StageAssumptions> byStage = ImmutableList.builder();
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      List<Item> insights = new ArrayList<>(stage.insights());
      stage.steps().forEach(step -> insights.addAll(step.insights()));
      int assumptions = (int) insights.stream().filter(Item::isAssumption).count();
      byStage.add(new StageAssumptions(places.stages.get(i), assumptions, insights.size()));
    }
    return byStage.build();
  }

  private static ImmutableList<UnansweredOpportunity> unansweredOpportunities(Journey journey,
      Places places) {
    ImmutableList.Builder<UnansweredOpportunity> unanswered = ImmutableList.builder();
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      for (int j = 0; j < stage.opportunities().size(); j++) {
        Item opportunity = stage.opportunities().get(j);
        if (stage.painPoints().stream().noneMatch(p -> answers(opportunity, p))) {
          unanswered.add(
              new UnansweredOpportunity(places.stages.get(i), j, opportunity.text()));
        }
      }
    }
    return unanswered.build();
  }

  /** The rule documented in {@link UnansweredOpportunity}, for two items of the same stage. */
  private static boolean answers(Item opportunity, Item painPoint) {
    return opportunity.touchpoint().isEmpty() || painPoint.touchpoint().isEmpty()
        || opportunity.touchpoint().equals(painPoint.touchpoint());
  }

  private static ImmutableList<ChannelCount> channelMix(Journey journey) {
    int[] counts = new int[Channel.values().length];
    for (Touchpoint t : journey.touchpoints()) {
      counts[t.channel().ordinal()]++;
    }
    ImmutableList.Builder<ChannelCount> mix = ImmutableList.builder();
    for (Channel channel : Channel.values()) {
      if (counts[channel.ordinal()] > 0) {
        mix.add(new ChannelCount(channel, counts[channel.ordinal()]));
      }
    }
    return mix.build();
  }

  private static ImmutableList<Moment> momentsNotCovered(Journey journey) {
    EnumSet<Moment> missing = EnumSet.allOf(Moment.class);
    journey.stages().forEach(s -> missing.removeAll(s.moments()));
    // an EnumSet iterates in the enum's order
    return ImmutableList.copyOf(missing);
  }

  /** The stages and touchpoints of one journey, as insights name them. */
  private static final class Places {
    final ImmutableList<StageRef> stages;
    final ImmutableMap<String, Touchpoint> touchpointsById;
    final ImmutableMap<String, TouchpointRef> refsById;

    Places(Journey journey) {
      ImmutableList.Builder<StageRef> stageRefs = ImmutableList.builder();
      ImmutableMap.Builder<String, Touchpoint> byId = ImmutableMap.builder();
      ImmutableMap.Builder<String, TouchpointRef> refs = ImmutableMap.builder();
      for (int i = 0; i < journey.stages().size(); i++) {
        StageRef stage = StageRef.of(i, journey.stages().get(i));
        stageRefs.add(stage);
        List<Touchpoint> touchpoints = journey.stages().get(i).touchpoints();
        for (int j = 0; j < touchpoints.size(); j++) {
          Touchpoint t = touchpoints.get(j);
          byId.put(t.id(), t);
          refs.put(t.id(), TouchpointRef.of(stage, j, t));
        }
      }
      this.stages = stageRefs.build();
      // touchpoint ids are unique in a journey: every journey has passed validation
      this.touchpointsById = byId.buildOrThrow();
      this.refsById = refs.buildOrThrow();
    }

    /** The touchpoint with this id, which every reference of a validated journey names. */
    TouchpointRef touchpoint(String id) {
      TouchpointRef ref = refsById.get(id);
      if (ref == null) {
        throw new AssertionError("no touchpoint " + id + " in a validated journey");
      }
      return ref;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JourneyInsights other
        && lowMoments.equals(other.lowMoments)
        && dropOffs.equals(other.dropOffs)
        && stagesWithoutKpi.equals(other.stagesWithoutKpi)
        && touchpointsWithoutOwner.equals(other.touchpointsWithoutOwner)
        && painPointsWithoutOwner.equals(other.painPointsWithoutOwner)
        && assumptionsByStage.equals(other.assumptionsByStage)
        && assumptions.equals(other.assumptions)
        && unansweredOpportunities.equals(other.unansweredOpportunities)
        && channelMix.equals(other.channelMix)
        && momentsNotCovered.equals(other.momentsNotCovered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lowMoments, dropOffs, stagesWithoutKpi, touchpointsWithoutOwner,
        painPointsWithoutOwner, assumptionsByStage, assumptions, unansweredOpportunities,
        channelMix, momentsNotCovered);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("lowMoments", lowMoments)
        .add("dropOffs", dropOffs)
        .add("stagesWithoutKpi", stagesWithoutKpi)
        .add("touchpointsWithoutOwner", touchpointsWithoutOwner)
        .add("painPointsWithoutOwner", painPointsWithoutOwner)
        .add("assumptionsByStage", assumptionsByStage)
        .add("assumptions", assumptions)
        .add("unansweredOpportunities", unansweredOpportunities)
        .add("channelMix", channelMix)
        .add("momentsNotCovered", momentsNotCovered)
        .toString();
  }
}
