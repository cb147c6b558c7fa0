package de.halle.smartcity.knowledge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/** Decodes UTF-8 strictly, rejecting a file with the line of its first invalid byte. */
final class StrictUtf8 {

  private StrictUtf8() {}

  /** Returns the text, or throws {@link RejectedFileException} naming the line of the first invalid byte. */
  static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new RejectedFileException(lineAt(bytes, in.position()), "Datei ist nicht in UTF-8 gespeichert "
          + "(ungültiges Byte 0x" + HexFormat.of().toHexDigits(bytes[in.position()]).toUpperCase(Locale.ROOT)
          + "): bitte im Editor mit der Kodierung UTF-8 speichern");
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
