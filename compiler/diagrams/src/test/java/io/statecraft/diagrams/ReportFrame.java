package io.statecraft.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML report cut in two: the fixed frame every report carries (the page's stylesheet, the
 * diagram's stylesheet and arrowheads, and the panel script) and the page that varies from run to
 * run, with a marker where each frame block stood. The frame then has one golden file of its own
 * instead of a copy in every report's golden file; {@link #join()} puts the two parts back
 * together, so comparing both parts still compares the whole report.
 */
record ReportFrame(String frame, String page) {

  /**
   * Inline {@code <style>}, {@code <defs>} and {@code <script>} blocks; the script holding the
   * run's data has attributes, so it stays in the page.
   */
  private static final Pattern BLOCK = Pattern.compile("(?s)<(style|defs|script)>\n(.*?)</\\1>\n");
  private static final String FRAME = "fixed report frame: report-frame.html";
  /** A comment in the block's own language, so the page golden stays a well-formed report. */
  private static final Map<String, String> MARKERS = Map.of("style", "/* " + FRAME + " */\n",
      "script", "/* " + FRAME + " */\n", "defs", "<!-- " + FRAME + " -->\n");
  private static final List<String> ORDER = List.of("style", "style", "defs", "script");

  static ReportFrame split(String html) {
    assertThat(html).as("report text").doesNotContain(FRAME);
    StringBuilder frame = new StringBuilder();
    StringBuilder page = new StringBuilder();
    Matcher block = BLOCK.matcher(html);
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      String tag = block.group(1);
      frame.append(block.group());
      block.appendReplacement(page, "");
      page.append('<').append(tag).append(">\n").append(MARKERS.get(tag))
          .append("</").append(tag).append(">\n");
      blocks.add(tag);
    }
    block.appendTail(page);
    assertThat(blocks).as("fixed blocks in the report").isEqualTo(ORDER);
    return new ReportFrame(frame.toString(), page.toString());
  }

  /** The report this was split from: each marker replaced by its frame block's body, in order. */
  String join() {
    StringBuilder html = new StringBuilder();
    Matcher block = BLOCK.matcher(frame);
    int from = 0;
    while (block.find()) {
      String marker = MARKERS.get(block.group(1));
      int at = page.indexOf(marker, from);
      html.append(page, from, at).append(block.group(2));
      from = at + marker.length();
    }
    return html.append(page.substring(from)).toString();
  }
}
