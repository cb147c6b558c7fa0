package de.halle.smartcity.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reduces a Markdown body to plain-text paragraphs with commonmark: headings, paragraphs, list items, block quotes
 * and code blocks each become one paragraph; links keep their text, emphasis and HTML are dropped.
 */
final class MarkdownParagraphs {

  private final Parser parser = Parser.builder().build();

  /** Returns the non-empty, normalized paragraphs of the Markdown text, in document order. */
  List<String> paragraphs(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    parser.parse(markdown).accept(new BlockCollector(paragraphs));
    return List.copyOf(paragraphs);
  }

  private static final class BlockCollector extends AbstractVisitor {
    private final List<String> paragraphs;

    BlockCollector(List<String> paragraphs) {
      this.paragraphs = paragraphs;
    }

    @Override
    public void visit(Paragraph paragraph) {
      add(inlineText(paragraph));
    }

    @Override
    public void visit(Heading heading) {
      add(inlineText(heading));
    }

    @Override
    public void visit(FencedCodeBlock code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      // raw HTML (comments, embeds) carries no release text
    }

    private void add(String text) {
      String normalized = PlainText.normalize(text);
      if (!normalized.isEmpty()) {
        paragraphs.add(normalized);
      }
    }

    private static String inlineText(Node block) {
      StringBuilder text = new StringBuilder();
      block.accept(new InlineCollector(text));
      return text.toString();
    }
  }

  private static final class InlineCollector extends AbstractVisitor {
    private final StringBuilder text;

    InlineCollector(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void visit(Text literal) {
      text.append(literal.getLiteral());
    }

    @Override
    public void visit(Code code) {
      text.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      text.append(' ');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      text.append(' ');
    }

    @Override
    public void visit(HtmlInline html) {
      // inline HTML tags are markup, not text
    }

    @Override
    public void visit(Image image) {
      // an image's alt text is not part of the release text
    }
  }
}
