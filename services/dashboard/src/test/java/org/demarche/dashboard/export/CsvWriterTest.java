package org.demarche.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void leavesPlainFieldsAsTheyAreAndEndsEveryRowWithCrlf() {
        assertThat(new CsvWriter().row(List.of("hrc-baku", "Human Rights Club", "AZ")).row(List.of("x")).toString())
                .isEqualTo("hrc-baku,Human Rights Club,AZ\r\nx\r\n");
    }

    @Test
    void quotesFieldsWithACommaAQuoteOrALineBreakAndDoublesTheirQuotes() {
        assertThat(CsvWriter.field("Freedom Now, Inc.")).isEqualTo("\"Freedom Now, Inc.\"");
        assertThat(CsvWriter.field("The \"Voice\" Fund")).isEqualTo("\"The \"\"Voice\"\" Fund\"");
        assertThat(CsvWriter.field("550 mailbox\r\nunavailable")).isEqualTo("\"550 mailbox\r\nunavailable\"");
        assertThat(CsvWriter.field(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void writesNullAndEmptyAsAnEmptyField() {
        assertThat(new CsvWriter().row(Arrays.asList("a", null, "", "b")).toString()).isEqualTo("a,,,b\r\n");
    }

    @Test
    void defusesFieldsASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.field("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.field("2018-07-12T10:00:00Z")).isEqualTo("2018-07-12T10:00:00Z");
    }
}
