package io.statecraft.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Machines far bigger than people draw by hand: every state is drawn, in Mermaid and in SVG
 * (well-formed XML), and the SVG says when it was laid out plainly. How fast they draw is for
 * {@code io.statecraft.benchmarks.DiagramScaling}; the timeout only stops a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BigMachinesTest {

  private static final Pattern MERMAID_NODE =
      Pattern.compile("^\\s+([A-Za-z_][A-Za-z0-9_]*)(\\[|\\(|\\{)", Pattern.MULTILINE);
  private static final Pattern MERMAID_SUBGRAPH =
      Pattern.compile("^\\s+subgraph ([A-Za-z0-9_]+)\\[", Pattern.MULTILINE);

  @Test
  void should_draw_every_state_when_a_chain_has_5000_states() throws Exception {
    // GIVEN
    StateMachine machine = BigMachines.chain(5_000);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN
    assertDrawsEveryState(svg, mermaid, names("S", 5_000));
    assertThat(edgeCount(svg)).isEqualTo(5_001);
  }

  @Test
  void should_give_every_state_its_own_id_when_5000_names_have_no_ascii_letter() throws Exception {
    // GIVEN
    StateMachine machine = BigMachines.cjkChain(5_000);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN: ids s_, s__2, ..., s__5000, numbered in document order
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      names.add(BigMachines.cjk(i));
    }
    List<String> ids = names("s__", 5_001);
    ids.subList(0, 2).clear();
    ids.add("s_");
    assertDrawsEveryState(svg, ids, mermaid, names);
    assertThat(mermaid).contains("  s__5000[\"" + BigMachines.cjk(4_999) + "\"]");
  }

  @Test
  void should_draw_every_rule_when_a_choice_has_5000_rules() throws Exception {
    // GIVEN
    StateMachine machine = BigMachines.choice(5_000);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN
    List<String> names = names("T", 5_000);
    names.addAll(List.of("Route", "Done"));
    assertDrawsEveryState(svg, mermaid, names);
    // Start, 5,000 rules, Default, 5,000 Next, End.
    assertThat(edgeCount(svg)).isEqualTo(10_003);
    assertThat(svg).contains(">$.kind == 4999</text>");
    assertThat(mermaid).contains("Route -->|\"$.kind == 4999\"| T4999");
  }

  @Test
  void should_draw_every_catch_when_5000_tasks_catch_into_one_handler() throws Exception {
    // GIVEN: long edges, which a layered layout would bend at every layer they pass
    StateMachine machine = BigMachines.catchingChain(5_000);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN
    List<String> names = names("T", 5_000);
    names.add("Handler");
    assertDrawsEveryState(svg, mermaid, names);
    assertThat(svg.split("class=\"sc-edge sc-catch\"", -1)).hasSize(5_001);
  }

  @Test
  void should_draw_every_branch_when_a_parallel_has_2000_branches() throws Exception {
    // GIVEN
    StateMachine machine = BigMachines.parallel(2_000);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN
    List<String> names = names("B", 2_000);
    names.add("Fan");
    assertDrawsEveryState(svg, mermaid, names);
    assertThat(MERMAID_SUBGRAPH.matcher(mermaid).results().count()).isEqualTo(2_001);
  }

  @Test
  void should_draw_every_level_when_map_and_parallel_states_nest_1000_deep() throws Exception {
    // GIVEN
    StateMachine machine = BigMachines.nested(1_000);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN
    List<String> names = names("L", 1_000);
    names.remove("L0");
    names.add("L1000");
    names.add("Leaf");
    assertDrawsEveryState(svg, mermaid, names);
    assertThat(svg).contains("nested 1,000 deep");
    // Every subgraph is closed: as many "end" lines as subgraphs (1,000 states, 500 branches).
    long ends = mermaid.lines().filter(line -> line.strip().equals("end")).count();
    assertThat(MERMAID_SUBGRAPH.matcher(mermaid).results().count()).isEqualTo(1_500);
    assertThat(ends).isEqualTo(1_500);
  }

  @Test
  void should_draw_the_detailed_layout_without_a_note_when_a_machine_is_small() {
    // GIVEN
    StateMachine machine = BigMachines.choice(20);
    // WHEN
    String svg = Diagrams.svg(machine);
    String mermaid = Diagrams.mermaid(machine);
    // THEN
    assertThat(svg).doesNotContain("sc-layout-note");
    assertThat(mermaid).doesNotContain("%%");
  }

  /** Both diagrams name every state; the SVG parses and says it was drawn plainly. */
  private static void assertDrawsEveryState(String svg, String mermaid,
      List<String> names) throws Exception {
    assertDrawsEveryState(svg, names, mermaid, names);
  }

  /** As above, for states whose Mermaid ids are not their names. */
  private static void assertDrawsEveryState(String svg,
      List<String> mermaidIds, String mermaid, List<String> names) throws Exception {
    Document document = parse(svg);
    Set<String> drawn = new HashSet<>();
    NodeList groups = document.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.hasAttribute("data-state")) {
        drawn.add(group.getAttribute("data-state"));
      }
    }
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(names);
    assertThat(svg).contains("class=\"sc-small sc-layout-note\"")
        .contains("drawn in plain rows in document order");
    Set<String> ids = new HashSet<>();
    Matcher node = MERMAID_NODE.matcher(mermaid);
    while (node.find()) {
      ids.add(node.group(1));
    }
    Matcher subgraph = MERMAID_SUBGRAPH.matcher(mermaid);
    while (subgraph.find()) {
      ids.add(subgraph.group(1));
    }
    assertThat(ids).containsAll(mermaidIds);
    assertThat(mermaid).startsWith("flowchart TD\n  %% ")
        .contains("Mermaid draws at most 500 edges and 50,000 characters");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static long edgeCount(String svg) {
    return Pattern.compile("<path id=\"sc-e\\d+\"").matcher(svg).results().count();
  }

  private static List<String> names(String prefix, int count) {
    List<String> names = new ArrayList<>(count + 2);
    for (int i = 0; i < count; i++) {
      names.add(prefix + i);
    }
    return names;
  }
}
