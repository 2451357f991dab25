package org.civitas.helpgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One help book: the guides of one audience in reading order. The book list has a line per
 * book, {@code id | title | guide guide ...}, guides named by their path under {@code docs/};
 * lines starting with {@code #} are comments.
 */
record Book(String id, String title, List<String> guides) {

	static List<Book> read(Path bookList) throws IOException {
		List<Book> books = new ArrayList<>();
		int lineNumber = 0;
		for (String line : Files.readAllLines(bookList, StandardCharsets.UTF_8)) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String[] fields = line.split("\\|"); //$NON-NLS-1$
			if (fields.length != 3) {
				throw new IllegalArgumentException(bookList + ":" + lineNumber + ": expected 'id | title | guides', found: " + line); //$NON-NLS-1$ //$NON-NLS-2$
			}
			books.add(new Book(fields[0].strip(), fields[1].strip(), Arrays.asList(fields[2].strip().split("\\s+")))); //$NON-NLS-1$
		}
		return books;
	}

	/** The book's table of contents: a topic per guide, under it one per second-level heading. */
	String toc(Map<String, HelpPage> pages) {
		StringBuilder toc = new StringBuilder();
		toc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		toc.append("<?NLS TYPE=\"org.eclipse.help.toc\"?>\n"); //$NON-NLS-1$
		toc.append("<!-- Generated from docs/ by org.civitas.helpgen on every build: edit the Markdown, not this file. -->\n"); //$NON-NLS-1$
		String firstPage = HelpPage.htmlPath(guides.get(0));
		toc.append("<toc label=\"").append(Xml.escape(title)).append("\" topic=\"help/").append(firstPage).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String guide : guides) {
			String path = HelpPage.htmlPath(guide);
			HelpPage page = pages.get(path);
			toc.append("  <topic label=\"").append(Xml.escape(page.title())).append("\" href=\"help/").append(path).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (HelpPage.Section section : page.sections()) {
				toc.append("    <topic label=\"").append(Xml.escape(section.label())) //$NON-NLS-1$
						.append("\" href=\"help/").append(path).append('#').append(section.anchor()).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			toc.append("  </topic>\n"); //$NON-NLS-1$
		}
		toc.append("</toc>\n"); //$NON-NLS-1$
		return toc.toString();
	}
}
