package com.hoopai.invoices.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM names every module the build publishes, and nothing else: a module added to the SDK (a rate-limit
 * module, another starter...) fails this test until bom/pom.xml lists it. A module is published unless its
 * pom sets {@code maven.deploy.skip}; the parent and the BOM themselves are not listed.
 */
class BomCoversEveryPublishedModuleTest {

  private static final Path ROOT_POM = Path.of(System.getProperty("root.pom", "../pom.xml"));

  @Test
  void theBomListsExactlyThePublishedModules() throws Exception {
    Path root = ROOT_POM.getParent();
    Set<String> published = new TreeSet<>();
    for (String module : children(read(ROOT_POM).getDocumentElement(), "modules", "module")) {
      Document pom = read(root.resolve(module).resolve("pom.xml"));
      String artifactId = text(pom.getDocumentElement(), "artifactId");
      String packaging = text(pom.getDocumentElement(), "packaging");
      if (!"true".equals(property(pom, "maven.deploy.skip")) && !"pom".equals(packaging)) {
        published.add(artifactId);
      }
    }

    Set<String> inBom = new TreeSet<>();
    Element management = first(read(root.resolve("bom/pom.xml")).getDocumentElement(), "dependencyManagement");
    for (Element dependency : elements(first(management, "dependencies"), "dependency")) {
      inBom.add(text(dependency, "artifactId"));
    }

    assertThat(inBom).as("artifacts bom/pom.xml manages").isEqualTo(published);
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Files.newInputStream(pom));
  }

  private static String property(Document pom, String name) {
    Element properties = first(pom.getDocumentElement(), "properties");
    return properties == null ? null : text(properties, name);
  }

  private static List<String> children(Element parent, String container, String name) {
    List<String> values = new ArrayList<>();
    for (Element child : elements(first(parent, container), name)) {
      values.add(child.getTextContent().strip());
    }
    return values;
  }

  private static String text(Element parent, String name) {
    Element child = first(parent, name);
    return child == null ? null : child.getTextContent().strip();
  }

  private static Element first(Element parent, String name) {
    List<Element> found = elements(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Direct children only: a module's parent block also has an artifactId. */
  private static List<Element> elements(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }
}
