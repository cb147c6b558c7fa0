package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a & b|a &amp; b",
      "x < 40 > 20|x &lt; 40 &gt; 20",
      "<b>fett</b>|&lt;b&gt;fett&lt;/b&gt;",
      "\"zitiert\"|&quot;zitiert&quot;",
      "Umlaute äöüß 😀|Umlaute äöüß 😀"})
  void escapeReplacesEveryCharacterTelegramWouldParse(String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/a?x=1&y=2|A & B|<a href=\"https://example.org/a?x=1&amp;y=2\">A &amp; B</a>",
      "https://example.org/?q=\"x\"|T|<a href=\"https://example.org/?q=&quot;x&quot;\">T</a>",
      "javascript:alert(1)|T|T",
      "ftp://example.org|T <x>|T &lt;x&gt;",
      "https://exa mple.org|T|T"})
  void linkEscapesTheAddressAndFallsBackToTheLabelForNonWebAddresses(String url, String label, String html) {
    assertThat(Html.link(url, label)).isEqualTo(html);
  }
}
