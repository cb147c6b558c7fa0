package de.halle.smartcity.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Telegram HTML into messages of at most {@code limit} characters. Cuts prefer paragraph, line and word
 * boundaries outside any element, never fall inside a tag, an entity, a surrogate pair or a character built from
 * several code points (umlaut with combining mark, emoji sequence), even in one very long word, and when a cut must
 * fall inside an element the element is closed at the end of one part and reopened at the start of the next.
 */
final class HtmlSplitter {
  /** Telegram's limit for a message text after entity parsing; raw HTML is never shorter than what it shows. */
  static final int TELEGRAM_LIMIT = 4096;

  private static final int CLOSING_RESERVE = 64;
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  private final int limit;

  HtmlSplitter(int limit) {
    if (limit < 2 * CLOSING_RESERVE) {
      throw new IllegalArgumentException("limit must be at least " + 2 * CLOSING_RESERVE + " but was " + limit);
    }
    this.limit = limit;
  }

  /** The parts in order; a text that fits is returned whole. */
  List<String> split(String html) {
    Scan scan = new Scan(html);
    List<String> parts = new ArrayList<>();
    int start = 0;
    List<String> reopen = List.of();
    while (start < html.length()) {
      String prefix = String.join("", reopen);
      if (prefix.length() + html.length() - start <= limit) {
        parts.add(prefix + html.substring(start));
        break;
      }
      int cut = scan.bestCut(start, limit - prefix.length());
      List<String> open = scan.openTagsAt(cut);
      parts.add(prefix + html.substring(start, cut).stripTrailing() + closers(open));
      start = skipBlanks(html, cut);
      reopen = open;
    }
    return parts;
  }

  private static int skipBlanks(String html, int from) {
    int i = from;
    while (i < html.length() && (html.charAt(i) == ' ' || html.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }

  private static String closers(List<String> openTags) {
    StringBuilder out = new StringBuilder();
    for (int i = openTags.size() - 1; i >= 0; i--) {
      out.append("</").append(tagName(openTags.get(i))).append('>');
    }
    return out.toString();
  }

  private static String tagName(String openingTag) {
    int end = 1;
    while (end < openingTag.length() && openingTag.charAt(end) != ' ' && openingTag.charAt(end) != '>') {
      end++;
    }
    return openingTag.substring(1, end);
  }

  /** Where cuts are allowed in one text and how deep in elements each position lies. */
  private static final class Scan {
    private final String html;
    private final boolean[] safe;
    private final int[] depth;

    Scan(String html) {
      this.html = html;
      this.safe = new boolean[html.length() + 1];
      this.depth = new int[html.length() + 1];
      boolean inTag = false;
      boolean inEntity = false;
      int level = 0;
      for (int i = 0; i < html.length(); i++) {
        char c = html.charAt(i);
        safe[i] = !inTag && !inEntity && !Character.isLowSurrogate(c) && !continuesCharacter(html, i);
        depth[i] = level;
        if (inTag) {
          if (c == '>') {
            inTag = false;
            level += html.charAt(tagStart(i) + 1) == '/' ? -1 : 1;
          }
        } else if (inEntity) {
          inEntity = c != ';';
        } else if (c == '<') {
          inTag = true;
        } else if (c == '&') {
          inEntity = true;
        }
      }
      safe[html.length()] = true;
      depth[html.length()] = level;
    }

    /**
     * True when the code point at {@code i} belongs to the character before it as a reader sees it: a combining mark,
     * a variation selector, an emoji skin tone or tag, a zero-width joiner, or whatever follows a joiner.
     */
    private static boolean continuesCharacter(String html, int i) {
      if (i == 0) {
        return false;
      }
      int cp = html.codePointAt(i);
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || cp == ZERO_WIDTH_JOINER
          || html.charAt(i - 1) == ZERO_WIDTH_JOINER || cp >= 0xFE00 && cp <= 0xFE0F
          || cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0020 && cp <= 0xE007F;
    }

    private int tagStart(int closeIndex) {
      return html.lastIndexOf('<', closeIndex);
    }

    /** The best cut after {@code start} that leaves the part within {@code budget}, closing tags included. */
    int bestCut(int start, int budget) {
      int bestIndex = -1;
      int bestScore = -1;
      for (int i = start + 1; i <= Math.min(start + budget, html.length()); i++) {
        boolean fits = depth[i] == 0 || i - start <= budget - CLOSING_RESERVE;
        if (!safe[i] || !fits) {
          continue;
        }
        int score = score(i);
        if (score >= bestScore) {
          bestScore = score;
          bestIndex = i;
        }
      }
      if (bestIndex < 0) {
        throw new IllegalArgumentException(
            "cannot split HTML at offset " + start + ": no safe cut within " + budget + " characters");
      }
      return bestIndex;
    }

    private int score(int i) {
      char before = html.charAt(i - 1);
      int boundary;
      if (before == '\n' && i >= 2 && html.charAt(i - 2) == '\n') {
        boundary = 3;
      } else if (before == '\n') {
        boundary = 2;
      } else if (before == ' ') {
        boundary = 1;
      } else {
        boundary = 0;
      }
      return depth[i] == 0 ? 4 + boundary : boundary;
    }

    List<String> openTagsAt(int position) {
      Deque<String> open = new ArrayDeque<>();
      int i = html.indexOf('<');
      while (i >= 0 && i < position) {
        int end = html.indexOf('>', i);
        String tag = html.substring(i, end + 1);
        if (tag.startsWith("</")) {
          open.pollLast();
        } else {
          open.addLast(tag);
        }
        i = html.indexOf('<', end);
      }
      return List.copyOf(open);
    }
  }
}
