package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code lakefs-spring-bom} against the reactor: it manages every published artifact at the project's
 * version, and has no parent, whose dependency management would otherwise be imported into applications too.
 */
class LakeFSBomTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void managesEveryPublishedArtifactAtTheProjectsVersion() throws Exception {
        Document root = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("lakefs-spring-bom/pom.xml"));
        String version = child(root.getDocumentElement(), "version");
        assertThat(child(bom.getDocumentElement(), "groupId")).isEqualTo("dev.lakefs.spring");
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(bom.getDocumentElement().getElementsByTagName("parent").getLength()).isZero();
        List<String> published = new ArrayList<>();
        for (Element module : elements(root.getDocumentElement(), "module")) {
            Document pom = read(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"));
            boolean skipped = pom.getDocumentElement().getElementsByTagName("maven.deploy.skip").getLength() > 0;
            String artifactId = child(pom.getDocumentElement(), "artifactId");
            if (!skipped && !artifactId.equals("lakefs-spring-bom")) {
                published.add(artifactId);
            }
        }
        List<String> managed = new ArrayList<>();
        for (Element dependency : elements(bom.getDocumentElement(), "dependency")) {
            assertThat(child(dependency, "groupId")).isEqualTo("dev.lakefs.spring");
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }
        assertThat(published).contains("lakefs-spring", "lakefs-spring-boot-starter", "lakefs-embedded");
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    }

    private static Document read(Path pom) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var input = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(input);
        }
    }

    /** The text of a direct child element. */
    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

}
