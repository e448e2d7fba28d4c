package dev.journeymap.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * journey-bom stays in step with the build. It has no parent (its POM says why), so nothing else
 * keeps its version, its project.home or its list of modules from drifting.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static List<String> texts(Document pom, String xpath) throws XPathExpressionException {
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate(xpath, pom, XPathConstants.NODESET);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }

  private static String text(Document pom, String xpath) throws XPathExpressionException {
    return XPathFactory.newInstance().newXPath().evaluate(xpath, pom).trim();
  }

  /** The modules of the root POM that publish, in its order, the BOM itself left out. */
  private static List<String> publishedModules() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : texts(read(ROOT.resolve("pom.xml")), "/project/modules/module")) {
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("journey-bom")
          && !text(pom, "/project/properties/skipPublishing").equals("true")) {
        published.add(text(pom, "/project/artifactId"));
      }
    }
    return published;
  }

  @Test
  void bomHasTheVersionAndTheHomeOfTheParent() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("journey-bom/pom.xml"));

    assertThat(text(bom, "/project/version")).isEqualTo(text(parent, "/project/version"));
    assertThat(text(bom, "/project/properties/project.home"))
        .isEqualTo(text(parent, "/project/properties/project.home"));
  }

  @Test
  void bomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
    Document bom = read(ROOT.resolve("journey-bom/pom.xml"));
    String dependencies = "/project/dependencyManagement/dependencies/dependency";

    assertThat(publishedModules()).contains("journey-core", "journey-render");
    assertThat(texts(bom, dependencies + "/artifactId"))
        .containsExactlyElementsOf(publishedModules());
    assertThat(texts(bom, dependencies + "/groupId")).containsOnly("dev.journeymap");
    assertThat(texts(bom, dependencies + "/version")).containsOnly("${project.version}");
  }

  @Test
  void readmeGivesTheCoordinatesOfEveryPublishedModuleAndOfTheBom() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
    String version = text(read(ROOT.resolve("pom.xml")), "/project/version");

    List<String> artifacts = new ArrayList<>(publishedModules());
    artifacts.add("journey-bom");
    for (String artifact : artifacts) {
      assertThat(readme).contains("`dev.journeymap:" + artifact + ":" + version + "`");
    }
  }
}
