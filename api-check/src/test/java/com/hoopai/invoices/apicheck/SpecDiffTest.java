package com.hoopai.invoices.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDiffTest {

  private static final String BASE = fixture();

  @Test
  void theSameSpecHasNoChanges() {
    assertThat(SpecDiff.between(BASE, BASE)).isEmpty();
  }

  @Test
  void anOptionalQueryParameterAndAnOptionalResponsePropertyAreAdditionsThatBreakNothing() {
    String current = edit(BASE,
        "        - name: search\n",
        "        - name: dueBefore\n          in: query\n          required: false\n          schema:\n"
            + "            type: string\n        - name: search\n");
    current = edit(current,
        "        invoiceNumber:\n          type: string\n",
        "        invoiceNumber:\n          type: string\n        termsNote:\n          type: string\n");

    List<ApiChange> changes = SpecDiff.between(BASE, current);

    assertThat(changes).extracting(ApiChange::toString).contains(
        "+ query parameter listWidgets.dueBefore (optional)",
        "+ response property Widget.termsNote (in createWidget, getWidget, listWidgets)");
    assertThat(changes).noneMatch(ApiChange::breaking);
  }

  @Test
  void aRemovedOperationAndARenamedResponsePropertyAreBreakingAndNamed() {
    String current = edit(BASE,
        "    delete:\n      operationId: deleteWidget\n      parameters:\n        - name: widgetId\n"
            + "          in: path\n          required: true\n          schema:\n            type: string\n"
            + "      responses:\n        \"204\":\n          description: Deleted.\n",
        "");
    current = edit(current, "        invoiceNumber:\n", "        number:\n");
    current = edit(current, "                  count:\n", "                  total:\n");

    List<ApiChange> changes = SpecDiff.between(BASE, current);

    assertThat(changes).extracting(ApiChange::toString).containsExactlyInAnyOrder(
        "- operation deleteWidget (DELETE /widgets/{widgetId})  [breaking]",
        "- response property Widget.invoiceNumber (in createWidget, getWidget, listWidgets)  [breaking]",
        "+ response property Widget.number (in createWidget, getWidget, listWidgets)",
        "- response property countWidgets 200: count  [breaking]",
        "+ response property countWidgets 200: total");
  }

  @Test
  void aRemovedOrRetypedQueryParameterIsBreaking() {
    String current = edit(BASE,
        "        - name: limit\n          in: query\n          required: false\n          schema:\n"
            + "            type: integer\n",
        "        - name: limit\n          in: query\n          required: false\n          schema:\n"
            + "            type: string\n");
    current = edit(current,
        "        - name: search\n          in: query\n          required: false\n          schema:\n"
            + "            type: string\n",
        "");

    assertThat(SpecDiff.between(BASE, current)).extracting(ApiChange::toString).contains(
        "- query parameter listWidgets.search  [breaking]",
        "~ query parameter listWidgets.limit: type integer became string  [breaking]");
  }

  @Test
  void aNewRequiredQueryParameterIsBreaking() {
    String current = edit(BASE,
        "        - name: search\n",
        "        - name: region\n          in: query\n          required: true\n          schema:\n"
            + "            type: string\n        - name: search\n");

    assertThat(SpecDiff.between(BASE, current)).extracting(ApiChange::toString)
        .contains("+ query parameter listWidgets.region (required)  [breaking]");
  }

  @Test
  void aNewRequiredOrARemovedRequestPropertyIsBreakingAndANewOptionalOneIsNot() {
    String current = edit(BASE,
        "      required: [name]\n      properties:\n        name:\n          type: string\n"
            + "        colour:\n          type: string\n",
        "      required: [name, size]\n      properties:\n        name:\n          type: string\n"
            + "        size:\n          type: integer\n        note:\n          type: string\n");

    assertThat(SpecDiff.between(BASE, current)).extracting(ApiChange::toString).contains(
        "+ request property CreateWidgetRequest.size (required) (in createWidget)  [breaking]",
        "+ request property CreateWidgetRequest.note (in createWidget)",
        "- request property CreateWidgetRequest.colour (in createWidget)  [breaking]");
  }

  static String edit(String spec, String from, String to) {
    assertThat(spec).as("the fixture to edit").contains(from);
    return spec.replace(from, to);
  }

  private static String fixture() {
    try (InputStream in = SpecDiffTest.class.getResourceAsStream("/specs/widgets.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
