package org.civitas.helpgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders one guide to a help page. Links between guides go to their pages; links to files
 * outside {@code docs/} (sources in the repository) become their text and path, since the
 * help shows no repository. Headings get the ids GitHub gives them, so that a link written
 * for the repository works in the help too.
 */
final class PageRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Path docs;
	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	PageRenderer(Path docs) {
		this.docs = docs;
	}

	HelpPage render(Path guide) throws IOException {
		Node document = parser.parse(Files.readString(guide, StandardCharsets.UTF_8));
		rewriteLinks(document, guide.getParent());

		List<HelpPage.Section> sections = new ArrayList<>();
		Set<String> anchors = new LinkedHashSet<>();
		String[] title = { null };
		IdGenerator ids = IdGenerator.builder().build();
		HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
				.attributeProviderFactory(context -> (node, tagName, attributes) -> {
					if (node instanceof Heading heading) {
						String text = textOf(heading);
						String id = ids.generateId(text);
						attributes.put("id", id); //$NON-NLS-1$
						anchors.add(id);
						if (heading.getLevel() == 1 && title[0] == null) {
							title[0] = text;
						} else if (heading.getLevel() == 2) {
							sections.add(new HelpPage.Section(text, id));
						}
					}
				}).build();
		String body = renderer.render(document);
		String pageTitle = title[0] != null ? title[0] : guide.getFileName().toString();
		String toRoot = "../".repeat(docs.relativize(guide).getNameCount() - 1); //$NON-NLS-1$
		String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" //$NON-NLS-1$
				+ "<title>" + Xml.escape(pageTitle) + "</title>\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<link rel=\"stylesheet\" href=\"" + toRoot + "civitas-help.css\">\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "</head>\n<body>\n" + body + "</body>\n</html>\n"; //$NON-NLS-1$ //$NON-NLS-2$
		return new HelpPage(pageTitle, html, List.copyOf(sections), Set.copyOf(anchors));
	}

	private void rewriteLinks(Node document, Path folder) {
		List<Link> links = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				links.add(link);
				visitChildren(link);
			}
		});
		for (Link link : links) {
			String destination = link.getDestination();
			if (destination.isEmpty() || destination.startsWith("#") || destination.contains(":")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			int hash = destination.indexOf('#');
			String path = hash >= 0 ? destination.substring(0, hash) : destination;
			String fragment = hash >= 0 ? destination.substring(hash) : ""; //$NON-NLS-1$
			Path target = folder.resolve(path).normalize();
			if (!target.startsWith(docs)) {
				unlink(link, docs.getParent().relativize(target).toString().replace('\\', '/'));
			} else if (path.endsWith(".md")) { //$NON-NLS-1$
				link.setDestination(HelpPage.htmlPath(path) + fragment);
			}
		}
	}

	/** Keeps a link's text and names the repository file it pointed to. */
	private static void unlink(Link link, String repositoryPath) {
		boolean textNamesThePath = textOf(link).equals(repositoryPath);
		Node child = link.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			link.insertBefore(child);
			child = next;
		}
		if (!textNamesThePath) {
			link.insertBefore(new Text(" (")); //$NON-NLS-1$
			link.insertBefore(new Code(repositoryPath));
			link.insertBefore(new Text(")")); //$NON-NLS-1$
		}
		link.unlink();
	}

	private static String textOf(Node node) {
		if (node == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString();
	}
}
