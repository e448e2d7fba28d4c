package dev.journeymap.core.insights;

/**
 * How many insights of a journey are still assumptions: a map built on assumptions is a
 * hypothesis to test, not a description of customers.
 *
 * <pre>{@code
 * AssumptionShare a = new AssumptionShare(3, 40);
 * a.share()   // 0.075
 * new AssumptionShare(0, 0).share()   // 0.0, nothing to doubt
 * }</pre>
 *
 * <p>The insights are the {@link dev.journeymap.core.Item items} of the text lanes, customer
 * goals, actions, questions, pain points and opportunities
 * ({@link dev.journeymap.core.Stage#insights()}): the only entries that say how they are known.
 * An assumption is an item marked {@link dev.journeymap.core.Evidence#ASSUMPTION}; an item that
 * does not say how it is known is counted among the insights but not among the assumptions, as
 * {@link dev.journeymap.core.Item#isAssumption()} does.
 *
 * @param assumptions how many insights are marked as assumptions
 * @param insights how many insights there are in all
 */
public record AssumptionShare(int assumptions, int insights) {

  /** Checks that {@code 0 <= assumptions <= insights}. */
  public AssumptionShare {
    checkCounts(assumptions, insights);
  }

  /** {@code assumptions / insights}, from 0 to 1; 0 when there is no insight. */
  public double share() {
    return share(assumptions, insights);
  }

  static void checkCounts(int assumptions, int insights) {
    if (assumptions < 0 || assumptions > insights) {
      throw new IllegalArgumentException("assumptions must be from 0 to the " + insights
          + " insights: " + assumptions);
    }
  }

  static double share(int assumptions, int insights) {
    return insights == 0 ? 0 : (double) assumptions / insights;
  }
}
