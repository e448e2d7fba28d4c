package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a card tells on demand ({@link Mark.Details}): its whole text and, as notes in the map's
 * language, its evidence, source, personas, and for a touchpoint its channel, owner, description
 * and link. Persona ids are given in the journey's order, so that the same journey always gives
 * the same details.
 */
final class CardDetails {
  private final Labels labels;
  private final Journey journey;

  CardDetails(Labels labels, Journey journey) {
    this.labels = labels;
    this.journey = journey;
  }

  /** The ids of the personas among {@code ids}, in the journey's order. */
  List<String> personas(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> ordered = new ArrayList<>(ids.size());
    for (Persona persona : journey.personas()) {
      if (ids.contains(persona.id())) {
        ordered.add(persona.id());
      }
    }
    return List.copyOf(ordered);
  }

  Mark.Details item(Lane lane, Item item, Box card) {
    List<Mark.Note> notes = new ArrayList<>(3);
    item.evidence().ifPresent(e -> notes.add(note(labels.evidenceTag(), labels.evidence(e))));
    item.source().ifPresent(s -> notes.add(note(labels.source(), s)));
    personaNote(item.persona().stream().toList()).ifPresent(notes::add);
    return new Mark.Details(card, lane, Typesetter.normalize(item.text()), notes);
  }

  Mark.Details touchpoint(Touchpoint touchpoint, Optional<String> link, Box card) {
    List<Mark.Note> notes = new ArrayList<>(5);
    if (touchpoint.channel() != Channel.OTHER) {
      notes.add(note(labels.channel(), labels.channel(touchpoint.channel())));
    }
    touchpoint.owner().ifPresent(o -> notes.add(note(labels.owner(), o)));
    touchpoint.description().ifPresent(d -> notes.add(note(labels.about(), d)));
    personaNote(touchpoint.personas()).ifPresent(notes::add);
    link.ifPresent(l -> notes.add(note(labels.link(), l)));
    return new Mark.Details(card, Lane.TOUCHPOINTS, Typesetter.normalize(touchpoint.name()),
        notes);
  }

  private Optional<Mark.Note> personaNote(List<String> ids) {
    List<String> ordered = personas(ids);
    if (ordered.isEmpty()) {
      return Optional.empty();
    }
    String names = journey.personas().stream().filter(p -> ordered.contains(p.id()))
        .map(Persona::name).collect(Collectors.joining(", "));
    return Optional.of(note(labels.personas(), names));
  }

  private static Mark.Note note(String term, String value) {
    return new Mark.Note(term, Typesetter.normalize(value));
  }
}
