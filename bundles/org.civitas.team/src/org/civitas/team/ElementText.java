package org.civitas.team;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The text of one element in an XML model file, found by its ID attribute without parsing the
 * file: the element from its start tag to its end tag, and the start tags of its ancestors.
 * When two versions of a file hold the same text for an element, the element is the same in
 * both (same features, same contents, same container), so the history of an element reads and
 * compares as models only the versions where that text differs: most versions of a large file
 * differ elsewhere.
 *
 * <p>This is only a filter: text that differs (a different layout, an ancestor renamed) says
 * nothing, and the semantic comparison decides.
 */
final class ElementText {

	/** The text of an element a version does not hold. */
	static final byte[] ABSENT = {};

	private final byte[] needle;

	/** Finds the element whose attribute {@code idAttribute} has the value {@code id}. */
	ElementText(String idAttribute, String id) {
		this.needle = (idAttribute + "=\"" + id + '"').getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	/** Whether an ID can be found as it is written: one that XML escapes cannot. */
	static boolean isFindable(String id) {
		return id.chars().noneMatch(character -> character == '&' || character == '<' || character == '"' || character < ' ');
	}

	/**
	 * The element's text in {@code xml} with its ancestors' start tags, {@link #ABSENT} when the
	 * file does not hold it, or {@code null} when it cannot be told: the ID is there twice, or
	 * the file is not well-formed around it.
	 */
	byte[] in(byte[] xml) {
		int attribute = find(xml, 0);
		if (attribute < 0) {
			return ABSENT;
		}
		if (find(xml, attribute + needle.length) >= 0) {
			return null;
		}
		Deque<int[]> open = new ArrayDeque<>(); // start tags of the elements enclosing the scan position
		int position = 0;
		while (true) {
			int tagStart = indexOf(xml, (byte) '<', position);
			if (tagStart < 0 || tagStart > attribute) {
				return null; // the attribute lies outside any tag: text, not markup
			}
			int tagEnd = endOfMarkup(xml, tagStart);
			if (tagEnd < 0) {
				return null;
			}
			if (attribute < tagEnd) {
				int end = xml[tagEnd - 1] == '/' ? tagEnd + 1 : endOfElement(xml, tagEnd + 1);
				return end < 0 ? null : join(xml, open, tagStart, end);
			}
			track(xml, open, tagStart, tagEnd);
			position = tagEnd + 1;
		}
	}

	/** Keeps {@code open} as the stack of unclosed start tags after the markup at {@code tagStart}. */
	private static void track(byte[] xml, Deque<int[]> open, int tagStart, int tagEnd) {
		byte kind = xml[tagStart + 1];
		if (kind == '/') {
			open.pollLast();
		} else if (kind != '?' && kind != '!' && xml[tagEnd - 1] != '/') {
			open.addLast(new int[] { tagStart, tagEnd + 1 });
		}
	}

	/** The position after the end tag matching the start tag that ends before {@code from}, or -1. */
	private static int endOfElement(byte[] xml, int from) {
		int depth = 1;
		int position = from;
		while (depth > 0) {
			int tagStart = indexOf(xml, (byte) '<', position);
			if (tagStart < 0) {
				return -1;
			}
			int tagEnd = endOfMarkup(xml, tagStart);
			if (tagEnd < 0) {
				return -1;
			}
			byte kind = xml[tagStart + 1];
			if (kind == '/') {
				depth--;
			} else if (kind != '?' && kind != '!' && xml[tagEnd - 1] != '/') {
				depth++;
			}
			position = tagEnd + 1;
		}
		return position;
	}

	/** The position of the {@code >} that ends the markup starting at {@code start}, or -1. */
	private static int endOfMarkup(byte[] xml, int start) {
		if (startsWith(xml, start, "<!--")) { //$NON-NLS-1$
			int end = indexOf(xml, "-->", start + 4); //$NON-NLS-1$
			return end < 0 ? -1 : end + 2;
		}
		if (startsWith(xml, start, "<![CDATA[")) { //$NON-NLS-1$
			int end = indexOf(xml, "]]>", start + 9); //$NON-NLS-1$
			return end < 0 ? -1 : end + 2;
		}
		byte quote = 0;
		for (int position = start + 1; position < xml.length; position++) {
			byte character = xml[position];
			if (quote != 0) {
				if (character == quote) {
					quote = 0;
				}
			} else if (character == '"' || character == '\'') {
				quote = character;
			} else if (character == '>') {
				return position;
			}
		}
		return -1;
	}

	private static byte[] join(byte[] xml, Deque<int[]> ancestors, int start, int end) {
		int length = end - start;
		for (int[] tag : ancestors) {
			length += tag[1] - tag[0];
		}
		byte[] text = new byte[length];
		int at = 0;
		for (int[] tag : ancestors) {
			System.arraycopy(xml, tag[0], text, at, tag[1] - tag[0]);
			at += tag[1] - tag[0];
		}
		System.arraycopy(xml, start, text, at, end - start);
		return text;
	}

	/** The next occurrence of the attribute, as a whole attribute (after white space), or -1. */
	private int find(byte[] xml, int from) {
		int position = from;
		while (true) {
			int found = indexOf(xml, needle, position);
			if (found <= 0 || isWhiteSpace(xml[found - 1])) {
				return found;
			}
			position = found + 1;
		}
	}

	private static boolean isWhiteSpace(byte character) {
		return character == ' ' || character == '\n' || character == '\r' || character == '\t';
	}

	private static boolean startsWith(byte[] xml, int at, String prefix) {
		byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
		return at + wanted.length <= xml.length && Arrays.equals(xml, at, at + wanted.length, wanted, 0, wanted.length);
	}

	private static int indexOf(byte[] xml, String ascii, int from) {
		return indexOf(xml, ascii.getBytes(StandardCharsets.US_ASCII), from);
	}

	private static int indexOf(byte[] xml, byte wanted, int from) {
		for (int position = from; position < xml.length; position++) {
			if (xml[position] == wanted) {
				return position;
			}
		}
		return -1;
	}

	private static int indexOf(byte[] xml, byte[] wanted, int from) {
		int last = xml.length - wanted.length;
		byte first = wanted[0];
		for (int position = from; position <= last; position++) {
			if (xml[position] == first
					&& Arrays.equals(xml, position, position + wanted.length, wanted, 0, wanted.length)) {
				return position;
			}
		}
		return -1;
	}
}
