package org.civitas.helpgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the guides in {@code docs/} into Eclipse help books, so that the help the product shows
 * and the Markdown a reader sees on the repository are one text.
 *
 * <p>Arguments: the {@code docs/} folder, the bundle's book list, the bundle folder (where
 * {@code help/} is written and whose {@code contexts/} and {@code cheatsheets/} are checked).
 * The build fails when a guide is in no book, when a book names a guide that does not exist,
 * or when a context or cheat sheet points to a page or a heading that the guides do not have.
 */
public final class GenerateHelpBooks {

	/** The index of the guides in {@code docs/}, which the help replaces by its table of contents. */
	private static final String DOCS_INDEX = "README.md"; //$NON-NLS-1$

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\""); //$NON-NLS-1$

	private GenerateHelpBooks() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: GenerateHelpBooks <docs folder> <book list> <bundle folder>"); //$NON-NLS-1$
		}
		Path docs = Path.of(args[0]).toAbsolutePath().normalize();
		List<Book> books = Book.read(Path.of(args[1]));
		Path bundle = Path.of(args[2]).toAbsolutePath().normalize();
		Path help = bundle.resolve("help"); //$NON-NLS-1$

		List<String> problems = new ArrayList<>();
		checkEveryGuideIsInABook(docs, books, problems);
		failIfAny(problems);

		deleteRecursively(help);
		Files.createDirectories(help);
		Map<String, HelpPage> pages = new LinkedHashMap<>();
		PageRenderer renderer = new PageRenderer(docs);
		try (Stream<Path> files = Files.walk(docs)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				String relative = docs.relativize(file).toString().replace('\\', '/');
				if (relative.equals(DOCS_INDEX)) {
					continue; // the help's own contents take the place of the index of guides
				}
				if (relative.endsWith(".md")) { //$NON-NLS-1$
					HelpPage page = renderer.render(file);
					Path target = help.resolve(HelpPage.htmlPath(relative));
					Files.createDirectories(target.getParent());
					Files.writeString(target, page.html(), StandardCharsets.UTF_8);
					pages.put(HelpPage.htmlPath(relative), page);
				} else {
					Path target = help.resolve(relative);
					Files.createDirectories(target.getParent());
					Files.copy(file, target);
				}
			}
		}
		try (var css = GenerateHelpBooks.class.getResourceAsStream("civitas-help.css")) { //$NON-NLS-1$
			Files.copy(css, help.resolve("civitas-help.css")); //$NON-NLS-1$
		}
		for (Book book : books) {
			Files.writeString(help.resolve("toc-" + book.id() + ".xml"), book.toc(pages), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		}

		for (String folder : List.of("contexts", "cheatsheets")) { //$NON-NLS-1$ //$NON-NLS-2$
			checkReferences(bundle, bundle.resolve(folder), pages, problems);
		}
		failIfAny(problems);
		System.out.printf("Help: %d pages in %d books written to %s%n", pages.size(), books.size(), help); //$NON-NLS-1$
	}

	private static void checkEveryGuideIsInABook(Path docs, List<Book> books, List<String> problems) throws IOException {
		Set<String> inBooks = new TreeSet<>();
		for (Book book : books) {
			for (String guide : book.guides()) {
				inBooks.add(guide);
				if (!Files.isRegularFile(docs.resolve(guide))) {
					problems.add("book '" + book.id() + "' names " + guide + ", which is not in " + docs); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		try (Stream<Path> files = Files.walk(docs)) {
			files.filter(file -> file.toString().endsWith(".md")) //$NON-NLS-1$
					.map(file -> docs.relativize(file).toString().replace('\\', '/'))
					.filter(guide -> !guide.equals(DOCS_INDEX) && !inBooks.contains(guide))
					.forEach(guide -> problems.add(guide + " is in no help book: add it to the book list")); //$NON-NLS-1$
		}
	}

	/**
	 * Every {@code href} of the contexts and cheat sheets must name a generated page, and its
	 * fragment a heading of that page: a renamed heading in the Markdown fails the build instead
	 * of leaving F1 pointing nowhere.
	 */
	private static void checkReferences(Path bundle, Path folder, Map<String, HelpPage> pages, List<String> problems)
			throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		String selfPrefix = "/" + bundle.getFileName() + "/"; //$NON-NLS-1$ //$NON-NLS-2$
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".xml")).sorted()::iterator) { //$NON-NLS-1$
				Matcher matcher = HREF.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					String href = matcher.group(1);
					if (href.startsWith(selfPrefix)) {
						href = href.substring(selfPrefix.length());
					}
					if (!href.startsWith("help/")) { //$NON-NLS-1$
						continue;
					}
					String path = href.substring("help/".length()); //$NON-NLS-1$
					String fragment = null;
					int hash = path.indexOf('#');
					if (hash >= 0) {
						fragment = path.substring(hash + 1);
						path = path.substring(0, hash);
					}
					HelpPage page = pages.get(path);
					String where = bundle.relativize(file) + ": " + matcher.group(1); //$NON-NLS-1$
					if (page == null) {
						problems.add(where + " names no page of the guides"); //$NON-NLS-1$
					} else if (fragment != null && !page.anchors().contains(fragment)) {
						problems.add(where + " names no heading of " + path + " (headings: " + page.anchors() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
			}
		}
	}

	private static void failIfAny(List<String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The help books cannot be built:\n  " + String.join("\n  ", problems)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> {
				try {
					Files.delete(file);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
