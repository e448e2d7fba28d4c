package dev.journeymap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymap.examples.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsCommandTest {

  /** Something to report for every question, worked out by hand below. */
  private static final String BOOKING = """
      {
        "format": 1,
        "title": "Booking a junk removal",
        "goal": "Increase booked jobs",
        "personas": [ { "id": "owner", "name": "Homeowner" } ],
        "stages": [
          { "id": "find", "name": "Find",
            "touchpoints": [
              { "id": "ad", "name": "Search ad", "channel": "SEARCH", "owner": "Marketing" },
              { "id": "call", "name": "Call centre", "channel": "PHONE",
                "emotion": { "score": -1.5, "label": "Kept waiting" } } ],
            "emotion": { "score": -0.25 },
            "painPoints": [ { "text": "Nobody answers after 6 pm", "touchpoint": "call" },
                            { "text": "Ads look alike", "touchpoint": "ad" } ],
            "opportunities": [ { "text": "Answer until 9 pm", "evidence": "ASSUMPTION",
                                 "touchpoint": "call" } ],
            "kpis": [ { "name": "Calls", "value": 310, "target": 350 } ],
            "moments": ["I_WANT_TO_KNOW"] },
          { "id": "book", "name": "Book",
            "actions": ["Books online"],
            "touchpoints": [
              { "id": "form", "name": "Booking form", "channel": "WEB", "owner": "E-commerce" } ],
            "emotion": { "score": 1, "label": "Relieved" },
            "opportunities": ["Saturday slots"],
            "funnel": { "entered": 420, "completed": 164 } }
        ]
      }
      """;

  private static final String BOOKING_TEXT = """
      booking.json: Booking a junk removal

      Lowest moments (below neutral, lowest first)
        -1.5   Find / Call centre: Kept waiting
        -0.25  Find

      Funnel drop-offs (largest rate first)
        Book: 61.0% dropped off (420 entered, 164 completed)

      Stages without a KPI
        Book

      Touchpoints without an owner
        Find / Call centre

      Pain points without an owner
        Find: Nobody answers after 6 pm (Call centre has no owner)

      Insights that are assumptions: 1 of 5 (20.0%)
        Find: 1 of 3 (33.3%)
        Book: 0 of 2 (0.0%)

      Opportunities answering no pain point of their stage
        Book: Saturday slots

      Channel mix (touchpoints per channel)
        WEB            1
        PHONE          1
        SEARCH         1

      Micro-moments no stage covers
        I_WANT_TO_GO
        I_WANT_TO_DO
        I_WANT_TO_BUY
      """;

  private static final String BOOKING_JSON = """
      [
        {
          "file": "booking.json",
          "title": "Booking a junk removal",
          "lowMoments": [
            {
              "stage": "find",
              "touchpoint": "call",
              "score": -1.5,
              "label": "Kept waiting",
              "path": "stages[0].touchpoints[1].emotion"
            },
            {
              "stage": "find",
              "score": -0.25,
              "path": "stages[0].emotion"
            }
          ],
          "dropOffs": [
            {
              "stage": "book",
              "entered": 420,
              "completed": 164,
              "lost": 256,
              "rate": 0.6095
            }
          ],
          "stagesWithoutKpi": [
            "book"
          ],
          "touchpointsWithoutOwner": [
            {
              "stage": "find",
              "touchpoint": "call",
              "path": "stages[0].touchpoints[1]"
            }
          ],
          "painPointsWithoutOwner": [
            {
              "stage": "find",
              "text": "Nobody answers after 6 pm",
              "touchpoint": "call",
              "path": "stages[0].painPoints[0]"
            }
          ],
          "assumptions": {
            "assumptions": 1,
            "insights": 5,
            "share": 0.2,
            "stages": [
              {
                "stage": "find",
                "assumptions": 1,
                "insights": 3,
                "share": 0.3333
              },
              {
                "stage": "book",
                "assumptions": 0,
                "insights": 2,
                "share": 0
              }
            ]
          },
          "unansweredOpportunities": [
            {
              "stage": "book",
              "text": "Saturday slots",
              "path": "stages[1].opportunities[0]"
            }
          ],
          "channelMix": [
            {
              "channel": "WEB",
              "touchpoints": 1
            },
            {
              "channel": "PHONE",
              "touchpoints": 1
            },
            {
              "channel": "SEARCH",
              "touchpoints": 1
            }
          ],
          "momentsNotCovered": [
            "I_WANT_TO_GO",
            "I_WANT_TO_DO",
            "I_WANT_TO_BUY"
          ]
        }
      ]
      """;

  /**
   * A stage without steps, then a stage divided into two steps holding most of the map: each
   * step-level place worked out by hand below.
   */
  private static final String STEPS = """
      {
        "format": 1,
        "title": "Buying a service desk",
        "goal": "Shorten the sales cycle",
        "personas": [ { "id": "manager", "name": "IT manager" } ],
        "stages": [
          { "id": "compare", "name": "Compare",
            "touchpoints": [
              { "id": "demo", "name": "Demo call", "channel": "PHONE", "owner": "Sales" } ],
            "emotion": { "score": -0.5, "label": "Unsure" },
            "painPoints": [ { "text": "Seats are sold by the year", "touchpoint": "demo" } ],
            "kpis": [ { "name": "Trials", "value": 60 } ] },
          { "id": "decide", "name": "Purchase",
            "emotion": { "score": 0.5 },
            "opportunities": ["Offer an exit clause"],
            "steps": [
              { "id": "negotiate", "name": "Negotiate",
                "opportunities": [ { "text": "Sell seats by the month",
                                     "evidence": "ASSUMPTION" } ],
                "kpis": [ { "name": "Deals", "value": 9 } ],
                "moments": ["I_WANT_TO_BUY"] },
              { "id": "sign", "name": "Sign and pay",
                "touchpoints": [
                  { "id": "e-signature", "name": "E-signature", "channel": "EMAIL",
                    "emotion": { "score": -1, "label": "Lost in the e-mails" } } ],
                "emotion": { "score": -1.5, "label": "Waiting for the CFO" },
                "painPoints": [ { "text": "The invoice goes to spam",
                                  "touchpoint": "e-signature" } ],
                "opportunities": ["Sign in the browser"],
                "funnel": { "entered": 40, "completed": 30 } }
            ] }
        ]
      }
      """;

  /**
   * The purchase stage's exit clause and the sign step's idea are answered by the sign step's
   * pain point; the negotiate step's idea is not (the pain point is on a sibling step).
   */
  private static final String STEPS_TEXT = """
      steps.json: Buying a service desk

      Lowest moments (below neutral, lowest first)
        -1.5   Purchase › Sign and pay: Waiting for the CFO
        -1     Purchase › Sign and pay / E-signature: Lost in the e-mails
        -0.5   Compare: Unsure

      Funnel drop-offs (largest rate first)
        Purchase › Sign and pay: 25.0% dropped off (40 entered, 30 completed)

      Stages without a KPI
        none

      Touchpoints without an owner
        Purchase › Sign and pay / E-signature

      Pain points without an owner
        Purchase › Sign and pay: The invoice goes to spam (E-signature has no owner)

      Insights that are assumptions: 1 of 5 (20.0%)
        Compare: 0 of 1 (0.0%)
        Purchase: 1 of 4 (25.0%)

      Opportunities answering no pain point of their stage
        Purchase › Negotiate: Sell seats by the month

      Channel mix (touchpoints per channel)
        EMAIL          1
        PHONE          1

      Micro-moments no stage covers
        I_WANT_TO_KNOW
        I_WANT_TO_GO
        I_WANT_TO_DO
      """;

  private static final String STEPS_JSON = """
      [
        {
          "file": "steps.json",
          "title": "Buying a service desk",
          "lowMoments": [
            {
              "stage": "decide",
              "step": "sign",
              "score": -1.5,
              "label": "Waiting for the CFO",
              "path": "stages[1].steps[1].emotion"
            },
            {
              "stage": "decide",
              "step": "sign",
              "touchpoint": "e-signature",
              "score": -1,
              "label": "Lost in the e-mails",
              "path": "stages[1].steps[1].touchpoints[0].emotion"
            },
            {
              "stage": "compare",
              "score": -0.5,
              "label": "Unsure",
              "path": "stages[0].emotion"
            }
          ],
          "dropOffs": [
            {
              "stage": "decide",
              "step": "sign",
              "entered": 40,
              "completed": 30,
              "lost": 10,
              "rate": 0.25
            }
          ],
          "stagesWithoutKpi": [],
          "touchpointsWithoutOwner": [
            {
              "stage": "decide",
              "step": "sign",
              "touchpoint": "e-signature",
              "path": "stages[1].steps[1].touchpoints[0]"
            }
          ],
          "painPointsWithoutOwner": [
            {
              "stage": "decide",
              "step": "sign",
              "text": "The invoice goes to spam",
              "touchpoint": "e-signature",
              "path": "stages[1].steps[1].painPoints[0]"
            }
          ],
          "assumptions": {
            "assumptions": 1,
            "insights": 5,
            "share": 0.2,
            "stages": [
              {
                "stage": "compare",
                "assumptions": 0,
                "insights": 1,
                "share": 0
              },
              {
                "stage": "decide",
                "assumptions": 1,
                "insights": 4,
                "share": 0.25
              }
            ]
          },
          "unansweredOpportunities": [
            {
              "stage": "decide",
              "step": "negotiate",
              "text": "Sell seats by the month",
              "path": "stages[1].steps[0].opportunities[0]"
            }
          ],
          "channelMix": [
            {
              "channel": "EMAIL",
              "touchpoints": 1
            },
            {
              "channel": "PHONE",
              "touchpoints": 1
            }
          ],
          "momentsNotCovered": [
            "I_WANT_TO_KNOW",
            "I_WANT_TO_GO",
            "I_WANT_TO_DO"
          ]
        }
      ]
      """;

  /** Valid, but without goal or persona: two warnings; nothing but one stage and an action. */
  private static final String WEAK = """
      {
        "format": 1,
        "title": "Weak map",
        "stages": [ { "id": "only", "name": "Only stage", "actions": ["Does a thing"] } ]
      }
      """;

  private static final String MERMAID = """
      journey
        title Booking a junk removal
        section Find
          Search for a service: 3: Homeowner
        section Book
          Call after work: 2: Homeowner
          Crew arrives: 5: Homeowner
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void copyExamples() throws IOException {
    for (String name : Examples.names()) {
      try (InputStream in = Examples.class.getResourceAsStream(Examples.resource(name))) {
        Files.write(dir.resolve(name + ".json"), in.readAllBytes());
      }
    }
    file("booking.json", BOOKING);
    file("steps.json", STEPS);
  }

  private void file(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, UTF_8);
  }

  @Test
  void printsOneSectionPerQuestion() {
    CliRun run = CliRun.run(dir, "insights", "booking.json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(BOOKING_TEXT);
  }

  @Test
  void printsJsonWithKeysInAFixedOrder() {
    CliRun run = CliRun.run(dir, "insights", "booking.json", "--json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(BOOKING_JSON);
  }

  @Test
  void namesAStepAfterItsStage() {
    CliRun run = CliRun.run(dir, "insights", "steps.json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(STEPS_TEXT);
  }

  @Test
  void jsonNamesAStepAfterItsStage() {
    CliRun run = CliRun.run(dir, "insights", "steps.json", "--json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(STEPS_JSON);
  }

  @Test
  void separatesFilesByABlankLine() {
    CliRun run = CliRun.run(dir, "insights", "booking.json", "booking.json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(BOOKING_TEXT + "\n" + BOOKING_TEXT);
  }

  @Test
  void answersForEveryExampleInOneJsonArray() throws IOException {
    List<String> args = new ArrayList<>(List.of("insights", "--json"));
    Examples.names().forEach(n -> args.add(n + ".json"));

    CliRun run = CliRun.run(dir, args.toArray(String[]::new));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode all = new ObjectMapper().readTree(run.out());
    assertThat(all).hasSize(5);
    assertThat(all.findValuesAsText("file")).containsExactly("home-services.json",
        "home-services-future.json", "b2b-software.json", "bank-onboarding.json",
        "online-academy.json");
    JsonNode b2b = all.get(2);
    assertThat(b2b.get("stagesWithoutKpi").toString()).isEqualTo("[\"problem\"]");
    assertThat(b2b.get("momentsNotCovered").toString()).isEqualTo("[\"I_WANT_TO_GO\"]");
    assertThat(b2b.get("dropOffs").toString()).isEqualTo(
        "[{\"stage\":\"compare\",\"entered\":60,\"completed\":21,\"lost\":39,\"rate\":0.65}]");
    assertThat(all.get(4).get("dropOffs").findValuesAsText("stage"))
        .containsExactly("study", "enrol");
    assertThat(all.get(1).get("unansweredOpportunities")).hasSize(4);
    assertThat(b2b.get("painPointsWithoutOwner").get(3).toString()).isEqualTo(
        "{\"stage\":\"decide\",\"step\":\"provision\",\"text\":\"Roles must be mapped "
            + "one by one\",\"path\":\"stages[4].steps[2].painPoints[0]\"}");
    assertThat(b2b.get("unansweredOpportunities")).isEmpty();
  }

  @Test
  void textOfAnExampleNamesItsPlaces() {
    CliRun run = CliRun.run(dir, "insights", "home-services.json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("""
        home-services.json: Clearing out the garage

        Lowest moments (below neutral, lowest first)
          -1     Consideration / Call centre: Kept waiting
          -1     Purchase / Online booking form: Annoyed
          -0.5   Consideration: Unsure

        Funnel drop-offs (largest rate first)
          Purchase: 61.0% dropped off (420 entered, 164 completed)

        Stages without a KPI
          none

        Touchpoints without an owner
          Consideration / Review site
          Advocacy / Neighbours and friends
        """);
  }

  @Test
  void textOfTheExampleWithStepsNamesTheStep() {
    CliRun run = CliRun.run(dir, "insights", "b2b-software.json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("""

        Pain points without an owner
          Realise there is a problem: Tickets live in three inboxes (names no touchpoint)
          Explore solutions: Pricing page says 'contact us' (names no touchpoint)
          Justify the purchase: Security review adds 6 weeks (names no touchpoint)
          Purchase › Set up the accounts: Roles must be mapped one by one (names no touchpoint)
          Roll out: Custom fields do not import (names no touchpoint)

        """);
  }

  @Test
  void invalidInputsAreReportedAndTheOthersStillAnswered() throws IOException {
    file("broken.json", "{ \"format\": 1, ");

    CliRun run = CliRun.run(dir, "insights", "broken.json", "booking.json", "missing.json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(BOOKING_TEXT);
    assertThat(run.errLines()).containsExactly(
        "broken.json: malformed JSON at line 1, column 16: unexpected end-of-input "
            + "within/between Object entries",
        "missing.json: no such file");
  }

  @Test
  void jsonHoldsOnlyTheInputsThatWereRead() {
    CliRun run = CliRun.run(dir, "insights", "--json", "missing.json", "booking.json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(BOOKING_JSON);
    assertThat(run.errLines()).containsExactly("missing.json: no such file");
  }

  @Test
  void nothingReadGivesAnEmptyJsonArray() {
    CliRun run = CliRun.run(dir, "insights", "--json", "missing.json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("[]\n");
  }

  @Test
  void readsStandardInputAndPrintsItsWarnings() {
    CliRun run = CliRun.runWithInput(dir, WEAK.getBytes(UTF_8), "insights", "-");

    assertThat(run.status()).isZero();
    assertThat(run.errLines()).containsExactly(
        "<stdin>: goal: warning: the journey has no goal; say which business objective it"
            + " serves",
        "<stdin>: personas: warning: the journey has no persona; say whose journey this is");
    assertThat(run.out()).isEqualTo("""
        <stdin>: Weak map

        Lowest moments (below neutral, lowest first)
          none

        Funnel drop-offs (largest rate first)
          none

        Stages without a KPI
          Only stage

        Touchpoints without an owner
          none

        Pain points without an owner
          none

        Insights that are assumptions: 0 of 1 (0.0%)
          Only stage: 0 of 1 (0.0%)

        Opportunities answering no pain point of their stage
          none

        Channel mix (touchpoints per channel)
          none

        Micro-moments no stage covers
          I_WANT_TO_KNOW
          I_WANT_TO_GO
          I_WANT_TO_DO
          I_WANT_TO_BUY
        """);
  }

  @Test
  void readsAMermaidDiagram() throws IOException {
    file("booking.mmd", MERMAID);

    CliRun run = CliRun.run(dir, "insights", "booking.mmd");

    // each task is a step of its section's stage, its score less 3 as the step's emotion;
    // no touchpoints and no stage emotions: "Call after work" (-1) is a low moment of its step
    assertThat(run.status()).isZero();
    assertThat(run.errLines()).containsExactly("booking.mmd: goal: warning: the journey has no "
        + "goal; say which business objective it serves");
    assertThat(run.out()).isEqualTo("""
        booking.mmd: Booking a junk removal

        Lowest moments (below neutral, lowest first)
          -1     Book › Call after work

        Funnel drop-offs (largest rate first)
          none

        Stages without a KPI
          Find
          Book

        Touchpoints without an owner
          none

        Pain points without an owner
          none

        Insights that are assumptions: 0 of 0 (0.0%)
          Find: 0 of 0 (0.0%)
          Book: 0 of 0 (0.0%)

        Opportunities answering no pain point of their stage
          none

        Channel mix (touchpoints per channel)
          none

        Micro-moments no stage covers
          I_WANT_TO_KNOW
          I_WANT_TO_GO
          I_WANT_TO_DO
          I_WANT_TO_BUY
        """);
  }

  @Test
  void withoutFilesIsAUsageError() {
    CliRun run = CliRun.run(dir, "insights", "--json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).isEqualTo("error: Missing required parameter: 'FILE'");
    assertThat(run.err()).contains("Usage: journey-map insights [-h] [--json] FILE...");
  }

  @Test
  void helpListsTheCommandAndItsOption() {
    assertThat(CliRun.run(dir, "--help").out()).contains("  insights ");
    CliRun run = CliRun.run(dir, "insights", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: journey-map insights [-h] [--json] FILE...\n")
        .contains("--json", "Exit status:");
  }
}
