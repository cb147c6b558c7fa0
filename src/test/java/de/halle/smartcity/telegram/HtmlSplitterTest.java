package de.halle.smartcity.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlSplitterTest {
  private final HtmlSplitter splitter = new HtmlSplitter(200);

  @Test
  void textThatFitsIsReturnedWhole() {
    assertThat(splitter.split("kurz &amp; <b>gut</b>")).containsExactly("kurz &amp; <b>gut</b>");
  }

  @Test
  void longTextIsCutAtParagraphsFirst() {
    String first = "a".repeat(90) + " " + "b".repeat(50);
    String second = "c".repeat(120);
    List<String> parts = splitter.split(first + "\n\n" + second);
    assertThat(parts).containsExactly(first, second);
  }

  @Test
  void everyPartStaysWithinTheLimitAndNoTextIsLost() {
    String text = ("Die Stadt &amp; ihre <b>Partner</b> planen. ").repeat(40);
    List<String> parts = splitter.split(text);
    assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(200));
    assertThat(visible(String.join(" ", parts)).replaceAll("\\s+", " ").strip())
        .isEqualTo(visible(text).replaceAll("\\s+", " ").strip());
  }

  @Test
  void cutsNeverFallInsideAnEntity() {
    String text = "&amp;".repeat(100);
    for (String part : splitter.split(text)) {
      assertThat(part).matches("(&amp;)+");
    }
  }

  @Test
  void cutsNeverSplitASurrogatePair() {
    String text = "😀".repeat(150);
    for (String part : splitter.split(text)) {
      assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
    }
  }

  @Test
  void oneVeryLongWordIsCutIntoPartsWithinTheLimitWithoutLosingAChar() {
    String word = "Straßenbahnhaltestellenumweltsensorpilotprojekt".repeat(30);
    List<String> parts = splitter.split("<i>" + word + "</i> Ende");
    assertThat(parts).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(200));
    assertThat(visible(String.join("", parts))).isEqualTo(word + " Ende");
  }

  @Test
  void cutsNeverSplitACharacterMadeOfSeveralCodePoints() {
    String family = "👨\u200D👩\u200D👧";
    String umlaut = "a\u0308";
    String thumbs = "👍🏽";
    for (String character : List.of(family, umlaut, thumbs)) {
      List<String> parts = splitter.split("x" + character.repeat(400 / character.length()));
      assertThat(parts).hasSizeGreaterThan(1);
      for (String part : parts) {
        assertThat(part).as("%s", character).matches("x?(" + Pattern.quote(character) + ")+");
      }
    }
  }

  @Test
  void anElementLongerThanAPartIsClosedAndReopened() {
    String text = "<a href=\"https://example.org/x\">" + "wort ".repeat(80) + "</a> Ende";
    List<String> parts = splitter.split(text);
    assertThat(parts).hasSizeGreaterThan(1);
    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(200);
      assertThat(count(part, "<a ")).isEqualTo(count(part, "</a>"));
    }
    assertThat(parts.get(1)).startsWith("<a href=\"https://example.org/x\">");
  }

  @Test
  void cutsNeverFallInsideATag() {
    String text = ("x <i>kursiv</i> ").repeat(60);
    for (String part : splitter.split(text)) {
      assertThat(count(part, "<i>")).isEqualTo(count(part, "</i>"));
      assertThat(part).doesNotEndWith("<").doesNotEndWith("</");
    }
  }

  @Test
  void aTagLongerThanTheLimitCannotBeSplit() {
    String text = "<a href=\"https://example.org/" + "x".repeat(300) + "\">Link</a>";
    assertThatThrownBy(() -> splitter.split(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no safe cut");
  }

  @Test
  void limitBelowTheClosingReserveIsRefused() {
    assertThatThrownBy(() -> new HtmlSplitter(10)).hasMessageContaining("but was 10");
  }

  private static String visible(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&amp;", "&");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
