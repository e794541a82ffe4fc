package io.statecraft.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  @Test
  void should_write_ordinary_text_as_javapoet_does_when_nothing_needs_escaping() {
    for (String text : List.of("plain", "two\nlines\n", "quote \" and ' and \\", "tab\tcr\r",
        "caf\u00E9 \uD83D\uDE00")) {
      assertThat(Literals.string(text).toString()).isEqualTo(CodeBlock.of("$S", text).toString());
    }
  }

  @Test
  void should_escape_separators_format_characters_and_unpaired_surrogates() {
    String text = "a\u2028b\u2029c\u200Ed\u202Ee\uFEFFf\u00A0g\uD800h\uDC00i\u0085j";

    assertThat(Literals.string(text).toString()).isEqualTo(
        "\"a\\u2028b\\u2029c\\u200ed\\u202ee\\ufefff\\u00a0g\\ud800h\\udc00i\\u0085j\"");
  }

  @Test
  void should_keep_a_paired_emoji_and_escape_a_backslash_before_an_escape() {
    assertThat(Literals.string("\\\u2028\uD83D\uDE00").toString())
        .isEqualTo("\"\\\\\\u2028\uD83D\uDE00\"");
  }

  @Test
  void should_cut_long_text_into_constants_under_the_limit_and_never_inside_a_pair() {
    // GIVEN 40,000 emoji: 240,000 bytes of modified UTF-8
    String text = "x" + "\uD83D\uDE00".repeat(40_000);

    // WHEN
    List<String> pieces = Literals.pieces(text);

    // THEN
    assertThat(String.join("", pieces)).isEqualTo(text);
    assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(piece -> {
      assertThat(piece.getBytes(StandardCharsets.UTF_8).length + piece.length() / 2)
          .as("modified UTF-8 bytes").isLessThanOrEqualTo(Literals.MAX_CONSTANT_BYTES);
      assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
    });
    assertThat(Literals.string(text).toString()).startsWith("String.join(\"\",\n");
  }

  @Test
  void should_keep_ascii_pieces_under_65535_characters() {
    List<String> pieces = Literals.pieces("a".repeat(200_000));

    assertThat(pieces).allSatisfy(piece -> assertThat(piece.length()).isLessThan(65_535));
  }

  @Test
  void should_rewrite_only_the_string_arguments_of_a_format() {
    CodeBlock code = Literals.code("$L($S, $N, $$, $S)", "call", "x\u2028", "name", null);

    assertThat(code.toString()).isEqualTo("call(\"x\\u2028\", name, $, null)");
  }

  @Test
  void should_write_a_text_block_only_when_every_character_can_stand_in_it() {
    assertThat(Literals.textBlock("{\n  \"a\": 1\n}").toString())
        .isEqualTo("\"\"\"\n{\n  \"a\": 1\n}\"\"\"");
    assertThat(Literals.textBlock("{\n  \"a\": \"\u2028\"\n}").toString())
        .startsWith("\"{\\n\"");
  }
}
