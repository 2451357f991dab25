package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML, and HTML that is also well-formed XML, as it goes. Text and attribute values are
 * escaped, and characters that XML 1.0 cannot carry (most control characters, lone surrogates)
 * become U+FFFD, so that no message can break the document or inject markup.
 *
 * <p>Elements opened with {@link #start} are always closed with an end tag, as HTML requires of
 * every element but the void ones, which {@link #empty} writes.
 */
final class MarkupWriter {

	private final Writer out;
	private final Deque<String> open = new ArrayDeque<>();

	MarkupWriter(Writer out) {
		this.out = out;
	}

	/** Markup written as it is: a declaration, a document type, a style sheet; never data. */
	MarkupWriter raw(String markup) throws IOException {
		out.write(markup);
		return this;
	}

	/** Opens an element; {@code attributes} are name and value pairs, and a pair whose value is {@code null} is left out. */
	MarkupWriter start(String name, String... attributes) throws IOException {
		tag(name, attributes);
		out.write('>');
		open.push(name);
		return this;
	}

	/** Closes the innermost open element. */
	MarkupWriter end() throws IOException {
		out.write("</"); //$NON-NLS-1$
		out.write(open.pop());
		out.write('>');
		return this;
	}

	/** An element without content: {@code <name a="v"/>}. */
	MarkupWriter empty(String name, String... attributes) throws IOException {
		tag(name, attributes);
		out.write("/>"); //$NON-NLS-1$
		return this;
	}

	/** An element holding only {@code text}. */
	MarkupWriter element(String name, String text, String... attributes) throws IOException {
		return start(name, attributes).text(text).end();
	}

	MarkupWriter text(String text) throws IOException {
		escape(text, false);
		return this;
	}

	MarkupWriter newLine() throws IOException {
		out.write('\n');
		return this;
	}

	void flush() throws IOException {
		if (!open.isEmpty()) {
			throw new IllegalStateException("elements left open: " + open); //$NON-NLS-1$
		}
		out.flush();
	}

	private void tag(String name, String... attributes) throws IOException {
		out.write('<');
		out.write(name);
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.write(' ');
				out.write(attributes[i]);
				out.write("=\""); //$NON-NLS-1$
				escape(attributes[i + 1], true);
				out.write('"');
			}
		}
	}

	/** Writes {@code text} escaped; in an attribute, line breaks and tabs are kept as character references. */
	private void escape(String text, boolean attribute) throws IOException {
		int plain = 0;
		for (int i = 0; i < text.length(); i++) {
			String replacement = replacement(text, i, attribute);
			if (replacement != null) {
				out.write(text, plain, i - plain);
				out.write(replacement);
				plain = i + 1;
			}
		}
		out.write(text, plain, text.length() - plain);
	}

	private static String replacement(String text, int i, boolean attribute) {
		char c = text.charAt(i);
		return switch (c) {
			case '&' -> "&amp;"; //$NON-NLS-1$
			case '<' -> "&lt;"; //$NON-NLS-1$
			case '>' -> "&gt;"; //$NON-NLS-1$
			case '"' -> attribute ? "&quot;" : null; //$NON-NLS-1$
			case '\n' -> attribute ? "&#10;" : null; //$NON-NLS-1$
			case '\t' -> attribute ? "&#9;" : null; //$NON-NLS-1$
			case '\r' -> "&#13;"; //$NON-NLS-1$
			default -> Characters.isXmlCharacter(text, i) ? null : Characters.REPLACEMENT;
		};
	}
}
