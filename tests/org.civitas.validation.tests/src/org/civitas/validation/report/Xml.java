package org.civitas.validation.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the XML and XHTML-compatible reports with the JDK's XML parser, which refuses anything not well formed. */
final class Xml {

	private Xml() {
	}

	static Document parse(String document) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
	}

	/** The elements named {@code tag} under {@code parent}, in document order. */
	static List<Element> elements(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The elements named {@code tag} under {@code parent} whose class list holds {@code className}. */
	static List<Element> withClass(Element parent, String tag, String className) {
		return elements(parent, tag).stream()
				.filter(element -> List.of(element.getAttribute("class").split(" ")).contains(className)).toList();
	}

	/** The element children of {@code parent} named {@code tag}. */
	static List<Element> children(Element parent, String tag) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(tag)) {
				children.add(element);
			}
		}
		return children;
	}
}
