package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentWriterTest {

  @ParameterizedTest
  @CsvSource({
      "0, 0",
      "120000, 120000",
      "-1, -1",
      "0.25, 0.25",
      "0.1, 0.1",
      "-1.75, -1.75",
      "0.3333333333333333, 0.3333333333333333",
      "92.5, 92.5",
      "1e20, 1E+20",
      "1.5e20, 1.5E+20",
      "2e15, 2E+15",
      "999999999999999, 999999999999999",
      "1e-7, 1E-7",
      "0.000001, 0.000001",
      "4.9e-324, 5E-324",
      "1.7976931348623157e308, 1.7976931348623157E+308"})
  void writesTheShortestNumberThatReadsBackExactly(double value, String written) {
    assertThat(DocumentWriter.number(value)).isEqualTo(written);
    assertThat(Double.parseDouble(written)).isEqualTo(value);
  }

  @Test
  void keepsTheSignOfNegativeZero() {
    assertThat(DocumentWriter.number(-0.0)).isEqualTo("-0.0");
  }

  @Test
  void refusesNumbersThatAreNotFinite() {
    assertThatThrownBy(() -> DocumentWriter.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a finite number: NaN");
  }
}
