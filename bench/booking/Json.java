import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and string writer, so the benchmark runs with the JDK alone.
 *
 * <p>Values become {@code Map<String, Object>}, {@code List<Object>}, {@code String},
 * {@code BigDecimal}, {@code Boolean} or {@code null}. It reads RFC 8259 JSON and rejects anything
 * else with an {@link IllegalArgumentException} that gives the offset.
 */
final class Json {

  private final String text;
  private int position;

  private Json(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    Json reader = new Json(text);
    Object value = reader.readValue();
    reader.skipWhitespace();
    if (reader.position != text.length()) {
      throw reader.error("Unexpected text after the JSON value");
    }
    return value;
  }

  /** Returns the string as a JSON string literal, with quotes and escapes. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private Object readValue() {
    skipWhitespace();
    if (position >= text.length()) {
      throw error("Unexpected end of JSON");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> readObject();
      case '[' -> readArray();
      case '"' -> readString();
      case 't' -> readLiteral("true", Boolean.TRUE);
      case 'f' -> readLiteral("false", Boolean.FALSE);
      case 'n' -> readLiteral("null", null);
      default -> readNumber();
    };
  }

  private Map<String, Object> readObject() {
    Map<String, Object> object = new LinkedHashMap<>();
    position++;
    skipWhitespace();
    if (peek() == '}') {
      position++;
      return object;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("Expected a member name");
      }
      String name = readString();
      skipWhitespace();
      expect(':');
      object.put(name, readValue());
      skipWhitespace();
      char next = next();
      if (next == '}') {
        return object;
      }
      if (next != ',') {
        throw error("Expected ',' or '}'");
      }
    }
  }

  private List<Object> readArray() {
    List<Object> array = new ArrayList<>();
    position++;
    skipWhitespace();
    if (peek() == ']') {
      position++;
      return array;
    }
    while (true) {
      array.add(readValue());
      skipWhitespace();
      char next = next();
      if (next == ']') {
        return array;
      }
      if (next != ',') {
        throw error("Expected ',' or ']'");
      }
    }
  }

  private String readString() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = next();
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (position + 4 > text.length()) {
            throw error("Incomplete \\u escape");
          }
          out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> throw error("Invalid escape \\" + escaped);
      }
    }
  }

  private BigDecimal readNumber() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    if (start == position) {
      throw error("Unexpected character '" + text.charAt(position) + "'");
    }
    try {
      return new BigDecimal(text.substring(start, position));
    } catch (NumberFormatException e) {
      throw error("Invalid number");
    }
  }

  private Object readLiteral(String literal, Object value) {
    if (!text.startsWith(literal, position)) {
      throw error("Invalid literal");
    }
    position += literal.length();
    return value;
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private char peek() {
    if (position >= text.length()) {
      throw error("Unexpected end of JSON");
    }
    return text.charAt(position);
  }

  private char next() {
    char c = peek();
    position++;
    return c;
  }

  private void expect(char expected) {
    if (next() != expected) {
      throw error("Expected '" + expected + "'");
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at offset " + position);
  }
}
