package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Every token a filter chain over the standard tokenizer gives, with all it carries, for comparing two chains. */
final class TokenDump {

  private TokenDump() {}

  /** One line per token (term, position increment and length, offsets, type, keyword mark), then the end state. */
  static List<String> of(UnaryOperator<TokenStream> filters, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (Analyzer analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
      }
    }; TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + " +" + increment.getPositionIncrement() + " len" + length.getPositionLength() + " "
            + offset.startOffset() + "-" + offset.endOffset() + " " + type.type() + " " + keyword.isKeyword());
      }
      stream.end();
      tokens.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
    }
    return tokens;
  }
}
