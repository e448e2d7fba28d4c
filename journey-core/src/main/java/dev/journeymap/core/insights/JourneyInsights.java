package dev.journeymap.core.insights;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.LaneContent;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
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
 * <p>Steps: every answer reads what is given on a stage itself <em>and</em> on each of its
 * {@link Stage#steps() steps}. An answer found on a step names it with {@link StepRef} beside its
 * stage ({@code step()}, empty for what is on the stage itself); "journey order" is stage after
 * stage, each stage's own content before its steps', steps in order.
 *
 * <pre>{@code
 * Journey withSteps = Journey.builder("Buying a service desk")
 *     .stage("decide", "Purchase", s -> s
 *         .emotion(0.5, "Committed")
 *         .step("negotiate", "Negotiate", st -> st.emotion(-0.5, "Haggling"))
 *         .step("sign", "Sign and pay", st -> st
 *             .touchpoint("e-signature", "E-signature", Channel.EMAIL, t -> t
 *                 .emotion(-1, "Lost"))
 *             .funnel(80, 60)
 *             .kpi("Signed deals", 60, 70)))
 *     .build();
 * JourneyInsights steps = JourneyInsights.of(withSteps);
 * steps.lowMoments()         // the e-signature (-1), step() "sign",
 *                            //   path "stages[0].steps[1].touchpoints[0].emotion";
 *                            // then the negotiate step (-0.5), path "stages[0].steps[0].emotion"
 * steps.dropOffs()           // the sign step: 80 entered, 60 completed, rate 0.25
 * steps.stagesWithoutKpi()   // []: a KPI of a step measures its stage
 * }</pre>
 *
 * <p>A journey without steps gets exactly the answers it got before steps existed.
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
    this.lowMoments = lowMoments(places);
    this.dropOffs = dropOffs(places);
    this.stagesWithoutKpi = stagesWithoutKpi(journey, places);
    this.touchpointsWithoutOwner = touchpointsWithoutOwner(journey, places);
    this.painPointsWithoutOwner = painPointsWithoutOwner(places);
    this.assumptionsByStage = assumptionsByStage(journey, places);
    this.assumptions = new AssumptionShare(
        assumptionsByStage.stream().mapToInt(StageAssumptions::assumptions).sum(),
        assumptionsByStage.stream().mapToInt(StageAssumptions::insights).sum());
    this.unansweredOpportunities = unansweredOpportunities(places);
    this.channelMix = channelMix(journey);
    this.momentsNotCovered = momentsNotCovered(places);
  }

  /** The answers for {@code journey}. */
  public static JourneyInsights of(Journey journey) {
    return new JourneyInsights(Objects.requireNonNull(journey, "journey"));
  }

  /**
   * The overall emotions below neutral, lowest first: every {@link LaneContent#emotion()
   * emotion} given on a stage, on a step or on a touchpoint (of a stage or of a step). Equal
   * scores come in journey order: stage after stage, the stage's own emotion, then its own
   * touchpoints', then for each step its emotion and its touchpoints'. Empty when no overall
   * emotion is below neutral.
   *
   * <p>Each emotion is one low moment, where it is given: a stage's emotion, which the
   * {@link Journey#aggregateCurve() aggregate curve} draws across its steps without one of their
   * own, is listed once, at the stage ({@link LowMoment#step()} empty).
   *
   * <p>These are the low moments of the overall, aggregate curve, for all personas: a
   * touchpoint or a step that only some personas meet ({@link Touchpoint#personas()}) is on it
   * like any other. The emotions of single personas ({@link LaneContent#emotions()}, drawn as
   * one curve per persona by {@link Journey#personaCurve(String)}) are not in this answer: a
   * persona's low point is not the customers' overall low point, and mixing both would count
   * one moment twice.
   */
  public ImmutableList<LowMoment> lowMoments() {
    return lowMoments;
  }

  /**
   * Every {@link LaneContent#funnel() funnel}, of a stage or of a step, the largest drop-off rate
   * first; equal rates in journey order (a stage's own funnel before its steps'). A funnel that
   * nobody entered has a rate of 0 and comes last with the funnels that lose nobody.
   */
  public ImmutableList<FunnelDropOff> dropOffs() {
    return dropOffs;
  }

  /**
   * The stages without any {@link LaneContent#kpis() KPI}, neither on the stage itself nor on
   * any of its steps, in journey order: a stage whose steps have KPIs is measured. A
   * {@link LaneContent#funnel() funnel} is not a KPI: a stage with a funnel and no KPI is listed.
   */
  public ImmutableList<StageRef> stagesWithoutKpi() {
    return stagesWithoutKpi;
  }

  /**
   * The touchpoints without an {@link Touchpoint#owner() owner}, those of steps included, in
   * journey order ({@link Journey#touchpoints()}).
   */
  public ImmutableList<TouchpointRef> touchpointsWithoutOwner() {
    return touchpointsWithoutOwner;
  }

  /**
   * The pain points, of stages and of steps, that name no touchpoint, or a touchpoint without an
   * owner, in journey order (stage after stage, the stage's own pain points before its steps').
   * See {@link UnownedPainPoint} for what owning a pain point means.
   */
  public ImmutableList<UnownedPainPoint> painPointsWithoutOwner() {
    return painPointsWithoutOwner;
  }

  /**
   * For every stage, in journey order, how many of its insights, its own and its steps', are
   * marked {@link Evidence#ASSUMPTION}; a stage without insights counts 0 of 0.
   */
  public ImmutableList<StageAssumptions> assumptionsByStage() {
    return assumptionsByStage;
  }

  /** How many insights of the whole journey are marked {@link Evidence#ASSUMPTION}. */
  public AssumptionShare assumptions() {
    return assumptions;
  }

  /**
   * The opportunities, of stages and of steps, that answer no pain point of their stage, in
   * journey order. See {@link UnansweredOpportunity} for when an opportunity answers a pain
   * point, on the stage itself or on a step.
   */
  public ImmutableList<UnansweredOpportunity> unansweredOpportunities() {
    return unansweredOpportunities;
  }

  /**
   * How many touchpoints, those of steps included, use each channel, in the order of
   * {@link Channel}; channels that no touchpoint uses are left out.
   */
  public ImmutableList<ChannelCount> channelMix() {
    return channelMix;
  }

  /**
   * The {@link Moment micro-moments} that no stage has, on itself or on any of its steps, in the
   * order of {@link Moment}.
   */
  public ImmutableList<Moment> momentsNotCovered() {
    return momentsNotCovered;
  }

  private static ImmutableList<LowMoment> lowMoments(Places places) {
    List<LowMoment> low = new ArrayList<>();
    for (Place place : places.places) {
      place.content().emotion().filter(Emotion::isNegative).ifPresent(
          e -> low.add(new LowMoment(place.stage(), place.step(), Optional.empty(), e)));
      for (Touchpoint t : place.content().touchpoints()) {
        t.emotion().filter(Emotion::isNegative).ifPresent(e -> low.add(new LowMoment(
            place.stage(), place.step(), Optional.of(places.touchpoint(t.id())), e)));
      }
    }
    // List.sort is stable, so equal scores keep their journey order
    low.sort(Comparator.comparingDouble(LowMoment::score));
    return ImmutableList.copyOf(low);
  }

  private static ImmutableList<FunnelDropOff> dropOffs(Places places) {
    List<FunnelDropOff> dropOffs = new ArrayList<>();
    for (Place place : places.places) {
      place.content().funnel().ifPresent(
          f -> dropOffs.add(new FunnelDropOff(place.stage(), place.step(), f)));
    }
    // List.sort is stable, so equal rates keep journey order
    dropOffs.sort(Comparator.comparingDouble(FunnelDropOff::rate).reversed());
    return ImmutableList.copyOf(dropOffs);
  }

  private static ImmutableList<StageRef> stagesWithoutKpi(Journey journey, Places places) {
    ImmutableList.Builder<StageRef> without = ImmutableList.builder();
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      if (stage.kpis().isEmpty() && stage.steps().stream().allMatch(st -> st.kpis().isEmpty())) {
        without.add(places.stages.get(i));
      }
    }
    return without.build();
  }

  private static ImmutableList<TouchpointRef> touchpointsWithoutOwner(Journey journey,
      Places places) {
    // every touchpoint, those of the steps included, in journey order
    return journey.touchpoints().stream()
        .filter(t -> t.owner().isEmpty())
        .map(t -> places.touchpoint(t.id()))
        .collect(toImmutableList());
  }

  private static ImmutableList<UnownedPainPoint> painPointsWithoutOwner(Places places) {
    ImmutableList.Builder<UnownedPainPoint> unowned = ImmutableList.builder();
    for (Place place : places.places) {
      List<Item> painPoints = place.content().painPoints();
      for (int j = 0; j < painPoints.size(); j++) {
        Item painPoint = painPoints.get(j);
        Optional<String> touchpointId = painPoint.touchpoint();
        boolean owned = touchpointId.map(places.touchpointsById::get)
            .flatMap(Touchpoint::owner)
            .isPresent();
        if (!owned) {
          unowned.add(new UnownedPainPoint(place.stage(), place.step(), j, painPoint.text(),
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

  private static ImmutableList<UnansweredOpportunity> unansweredOpportunities(Places places) {
    ImmutableList.Builder<UnansweredOpportunity> unanswered = ImmutableList.builder();
    for (Place place : places.places) {
      List<Item> opportunities = place.content().opportunities();
      for (int j = 0; j < opportunities.size(); j++) {
        Item opportunity = opportunities.get(j);
        boolean answered = places.places.stream()
            .filter(other -> other.stage().equals(place.stage()) && onSameSteps(place, other))
            .flatMap(other -> other.content().painPoints().stream())
            .anyMatch(painPoint -> onSameTouchpoints(opportunity, painPoint));
        if (!answered) {
          unanswered.add(new UnansweredOpportunity(place.stage(), place.step(), j,
              opportunity.text()));
        }
      }
    }
    return unanswered.build();
  }

  /**
   * The step half of the rule documented in {@link UnansweredOpportunity}, for two places of the
   * same stage: either is the stage itself, or both are the same step.
   */
  private static boolean onSameSteps(Place one, Place other) {
    return one.step().isEmpty() || other.step().isEmpty() || one.step().equals(other.step());
  }

  /** The touchpoint half of the rule documented in {@link UnansweredOpportunity}. */
  private static boolean onSameTouchpoints(Item opportunity, Item painPoint) {
    return opportunity.touchpoint().isEmpty() || painPoint.touchpoint().isEmpty()
        || opportunity.touchpoint().equals(painPoint.touchpoint());
  }

  private static ImmutableList<ChannelCount> channelMix(Journey journey) {
    int[] counts = new int[Channel.values().length];
    // every touchpoint, those of the steps included
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

  private static ImmutableList<Moment> momentsNotCovered(Places places) {
    EnumSet<Moment> missing = EnumSet.allOf(Moment.class);
    places.places.forEach(place -> missing.removeAll(place.content().moments()));
    // an EnumSet iterates in the enum's order
    return ImmutableList.copyOf(missing);
  }

  /**
   * Where content is given inside a stage: the stage itself ({@code step} empty, {@code content}
   * the stage), or one of its steps.
   */
  private record Place(StageRef stage, Optional<StepRef> step, LaneContent content) {}

  /** The stages, steps and touchpoints of one journey, as insights name them. */
  private static final class Places {
    final ImmutableList<StageRef> stages;
    /** Every place in journey order: each stage itself, then each of its steps. */
    final ImmutableList<Place> places;
    final ImmutableMap<String, Touchpoint> touchpointsById;
    final ImmutableMap<String, TouchpointRef> refsById;

    Places(Journey journey) {
      ImmutableList.Builder<StageRef> stageRefs = ImmutableList.builder();
      ImmutableList.Builder<Place> placeList = ImmutableList.builder();
      ImmutableMap.Builder<String, Touchpoint> byId = ImmutableMap.builder();
      ImmutableMap.Builder<String, TouchpointRef> refs = ImmutableMap.builder();
      for (int i = 0; i < journey.stages().size(); i++) {
        Stage stage = journey.stages().get(i);
        StageRef stageRef = StageRef.of(i, stage);
        stageRefs.add(stageRef);
        List<Place> inStage = new ArrayList<>();
        inStage.add(new Place(stageRef, Optional.empty(), stage));
        for (int j = 0; j < stage.steps().size(); j++) {
          Step step = stage.steps().get(j);
          inStage.add(new Place(stageRef, Optional.of(StepRef.of(stageRef, j, step)), step));
        }
        for (Place place : inStage) {
          List<Touchpoint> touchpoints = place.content().touchpoints();
          for (int k = 0; k < touchpoints.size(); k++) {
            Touchpoint t = touchpoints.get(k);
            byId.put(t.id(), t);
            refs.put(t.id(), TouchpointRef.of(stageRef, place.step(), k, t));
          }
        }
        placeList.addAll(inStage);
      }
      this.stages = stageRefs.build();
      this.places = placeList.build();
      // touchpoint ids are unique in a journey, steps included: every journey has passed
      // validation
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
