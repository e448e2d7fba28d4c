package dev.journeymap.core;

/**
 * Journeys that skip validation, for the failure paths of assertions that no built journey can
 * reach. Only code in this package can call the generated builder, hence this class's package.
 */
public final class UnvalidatedJourneys {
  private UnvalidatedJourneys() {}

  /** A journey whose two stages have the same id, which the builder would refuse. */
  public static Journey withDuplicateStages() {
    Stage stage = Stage.builder("purchase", "Purchase").action("Books online").build();
    return ImmutableJourney.builder().title("Duplicates").goal("G")
        .addPersona(Persona.of("p", "P")).addStage(stage).addStage(stage).build();
  }
}
