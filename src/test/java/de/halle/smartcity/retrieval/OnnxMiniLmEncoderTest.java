package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnnxMiniLmEncoderTest {

  private static final Path XQUAD = Path.of("src/test/resources/eval/xquad-de/knowledge");
  private static final List<String> ODD_TEXTS = List.of(
      ".", "x", " a ", "?", "[UNK]", "[CLS] x [SEP]", "## ##a a##b #", "\u200b x \u00ad y",
      "İstanbul IŞIK ﬁnanzierung ǅemal ΟΔΟΣ ΌΣΟΣ Σίσυφος ŉ ǰ ẞ STRASSE ſ ı",
      "日本語のテキスト mit 中文 und 한국어 gemischt",
      "e\u0301 café cafe\u0301 ﬀ ﬃ ㎏ ① ²³ ½ Ⅻ ⅰⅱⅲ Ａｂｃ１２３ ｶﾀｶﾅ",
      "🙂👍🏽 Emoji\u200d👨\u200d👩\u200d👧 soft\u00adhyphen \t tab\tinside\r\nand",
      "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsunternehmensgeschäftsführerstellvertreterin"
          + "nenversammlung",
      "‹›«»„“”‚‘’ – — … € § ° ± × ÷ ¬ ¦ ¨ © ® Ärger Öl Übel ÄÖÜ äöüß",
      "ǈ ǋ ǲ ᾈ ᾼ ῌ ﬆ ﬅ ꜳ ᴀʙᴄ ꞵ Ǆ Ǉ Ǌ Ǳ İi\u0307");

  @Test
  void givesTheLibraryEncodersVectorsBitForBitOnReleasesParagraphsLongAndOddTexts() {
    EmbeddingModel library = new LibraryMiniLmModel();
    EmbeddingModel ours = BoundedMiniLmEmbeddingModel.create(1);
    List<String> texts = new ArrayList<>(passages(Path.of("knowledge")));
    List<String> paragraphs = passages(XQUAD);
    Collections.shuffle(paragraphs, new Random(7));
    texts.addAll(paragraphs.subList(0, 300));
    texts.addAll(ODD_TEXTS);
    texts.addAll(randomTexts(150));
    List<String> longTexts = longTexts(paragraphs);
    texts.addAll(longTexts);

    for (String text : texts) {
      Response<dev.langchain4j.data.embedding.Embedding> expected = library.embed(text);
      Response<dev.langchain4j.data.embedding.Embedding> actual = ours.embed(text);
      assertThat(bits(actual.content().vector())).as(text).containsExactly(bits(expected.content().vector()));
      assertThat(actual.tokenUsage()).as(text).isEqualTo(expected.tokenUsage());
    }
    assertThat(longTexts).allSatisfy(text -> assertThat(ours.embed(text).tokenUsage().inputTokenCount())
        .as("the bundled tokenizer.json cuts every text at 128 tokens with [CLS] and [SEP]").isEqualTo(126));
  }

  @Test
  void rejectsWhitespaceLikeTheLibrary() {
    EmbeddingModel ours = BoundedMiniLmEmbeddingModel.create(1);

    for (String blank : List.of("", " ", " \n\t ", "\u200b", "\u200b\u00ad")) {
      Throwable expected = catchThrowable(() -> new LibraryMiniLmModel().embed(blank));
      assertThat(expected).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ours.embed(blank)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected.getMessage());
    }
  }

  @Test
  void cutsWindowsOfAtMost510TokensBeforeAWordsFirstPiece() {
    String[] tokens = new String[1200];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = i == 511 || i == 510 ? "##ung" : "wort";
    }
    tokens[0] = "[CLS]";
    tokens[tokens.length - 1] = "[SEP]";

    assertThat(OnnxMiniLmEncoder.windows(tokens))
        .containsExactly(new int[] {1, 509}, new int[] {509, 1019}, new int[] {1019, 1199});
    assertThat(OnnxMiniLmEncoder.windows(new String[] {"[CLS]", "[SEP]"})).isEmpty();
    assertThat(OnnxMiniLmEncoder.windows(new String[] {"[CLS]", "a", "[SEP]"})).containsExactly(new int[] {1, 2});
  }

  private static int[] bits(float[] vector) {
    int[] bits = new int[vector.length];
    for (int i = 0; i < vector.length; i++) {
      bits[i] = Float.floatToRawIntBits(vector[i]);
    }
    return bits;
  }

  private static List<String> passages(Path folder) {
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    List<String> texts = new ArrayList<>();
    for (KnowledgeDocument document : new KnowledgeFolder(folder).load().documents()) {
      IndexedDocument indexed = IndexedDocument.of(document, splitter::split);
      for (int p = 0; p < indexed.passages().size(); p++) {
        texts.add(indexed.passageForEmbedding(p));
      }
    }
    return texts;
  }

  /** Texts of 1,500 to 2,500 words. */
  private static List<String> longTexts(List<String> paragraphs) {
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 5; t++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; text.length() < 12_000 + 1_500 * t; p++) {
        text.append(paragraphs.get((t * 37 + p) % paragraphs.size())).append(' ');
      }
      texts.add(text.toString());
    }
    return texts;
  }

  /** Random strings from Latin, Greek, combining, punctuation, CJK and emoji code points. */
  private static List<String> randomTexts(int count) {
    int[][] ranges = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x370, 0x3ff}, {0x300, 0x36f}, {0x1e00, 0x1fff},
        {0x2000, 0x206f}, {0xfb00, 0xfb4f}, {0x4e00, 0x4e50}, {0x1f300, 0x1f64f}};
    Random random = new Random(11);
    List<String> texts = new ArrayList<>();
    while (texts.size() < count) {
      StringBuilder text = new StringBuilder();
      for (int c = 1 + random.nextInt(80); c > 0; c--) {
        int[] range = ranges[random.nextInt(ranges.length)];
        text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
      if (!text.toString().isBlank()) {
        texts.add(text.toString());
      }
    }
    return texts;
  }
}
