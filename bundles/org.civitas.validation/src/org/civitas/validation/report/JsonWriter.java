package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON (RFC 8259) as it goes, so that a document of any size never has to be held in
 * memory, indented by two spaces so that reports diff well. No JSON library is part of the
 * platform, and reports need no more than this.
 *
 * <p>Strings are escaped as RFC 8259 requires (quotation mark, reverse solidus, control
 * characters); U+2028 and U+2029 are escaped too, so that the output is also valid JavaScript. A
 * lone surrogate, which no UTF-8 encoder can write, becomes U+FFFD. Misuse, such as a value
 * without a name inside an object, is refused with an {@link IllegalStateException}.
 */
public final class JsonWriter {

	private static final String INDENT = "  "; //$NON-NLS-1$

	/** An object or array being written. */
	private static final class Scope {

		final boolean object;
		boolean empty = true;
		boolean named;

		Scope(boolean object) {
			this.object = object;
		}
	}

	private final Writer out;
	private final Deque<Scope> scopes = new ArrayDeque<>();
	private boolean written;

	public JsonWriter(Writer out) {
		this.out = out;
	}

	public JsonWriter beginObject() throws IOException {
		return begin(true, '{');
	}

	public JsonWriter endObject() throws IOException {
		return end(true, '}');
	}

	public JsonWriter beginArray() throws IOException {
		return begin(false, '[');
	}

	public JsonWriter endArray() throws IOException {
		return end(false, ']');
	}

	/** The name of the next member of the current object. */
	public JsonWriter name(String name) throws IOException {
		Scope scope = scopes.peek();
		if (scope == null || !scope.object || scope.named) {
			throw new IllegalStateException("a name belongs in an object, before its value: " + name); //$NON-NLS-1$
		}
		separate(scope);
		string(name);
		out.write(": "); //$NON-NLS-1$
		scope.named = true;
		return this;
	}

	/** A string, or {@code null}. */
	public JsonWriter value(String value) throws IOException {
		beforeValue();
		if (value == null) {
			out.write("null"); //$NON-NLS-1$
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(long value) throws IOException {
		beforeValue();
		out.write(Long.toString(value));
		return this;
	}

	public JsonWriter value(boolean value) throws IOException {
		beforeValue();
		out.write(Boolean.toString(value));
		return this;
	}

	/** A member of the current object: {@code name(name).value(value)}. */
	public JsonWriter member(String name, String value) throws IOException {
		return name(name).value(value);
	}

	/** A member of the current object: {@code name(name).value(value)}. */
	public JsonWriter member(String name, long value) throws IOException {
		return name(name).value(value);
	}

	/** A member of the current object: {@code name(name).value(value)}. */
	public JsonWriter member(String name, boolean value) throws IOException {
		return name(name).value(value);
	}

	/** Ends the document with a line break and flushes it; every object and array must be closed. */
	public void finish() throws IOException {
		if (!scopes.isEmpty() || !written) {
			throw new IllegalStateException("the document is not complete"); //$NON-NLS-1$
		}
		out.write('\n');
		out.flush();
	}

	private JsonWriter begin(boolean object, char bracket) throws IOException {
		beforeValue();
		out.write(bracket);
		scopes.push(new Scope(object));
		return this;
	}

	private JsonWriter end(boolean object, char bracket) throws IOException {
		Scope scope = scopes.peek();
		if (scope == null || scope.object != object || scope.named) {
			throw new IllegalStateException("nothing to close with " + bracket); //$NON-NLS-1$
		}
		scopes.pop();
		if (!scope.empty) {
			newLine();
		}
		out.write(bracket);
		return this;
	}

	private void beforeValue() throws IOException {
		Scope scope = scopes.peek();
		if (scope == null) {
			if (written) {
				throw new IllegalStateException("a JSON document has one top-level value"); //$NON-NLS-1$
			}
			written = true;
		} else if (scope.object) {
			if (!scope.named) {
				throw new IllegalStateException("a value in an object needs a name first"); //$NON-NLS-1$
			}
			scope.named = false;
		} else {
			separate(scope);
		}
	}

	private void separate(Scope scope) throws IOException {
		if (!scope.empty) {
			out.write(',');
		}
		scope.empty = false;
		newLine();
	}

	private void newLine() throws IOException {
		out.write('\n');
		for (int level = 0; level < scopes.size(); level++) {
			out.write(INDENT);
		}
	}

	private void string(String value) throws IOException {
		out.write('"');
		int plain = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String escape = escape(value, i, c);
			if (escape != null) {
				out.write(value, plain, i - plain);
				out.write(escape);
				plain = i + 1;
			} else if (Character.isHighSurrogate(c)) {
				i++; // a valid pair, since escape() replaces a lone surrogate
			}
		}
		out.write(value, plain, value.length() - plain);
		out.write('"');
	}

	/** How the character at {@code i} is written if not as itself, else {@code null}. */
	private static String escape(String value, int i, char c) {
		return switch (c) {
			case '"' -> "\\\""; //$NON-NLS-1$
			case '\\' -> "\\\\"; //$NON-NLS-1$
			case '\n' -> "\\n"; //$NON-NLS-1$
			case '\r' -> "\\r"; //$NON-NLS-1$
			case '\t' -> "\\t"; //$NON-NLS-1$
			case '\b' -> "\\b"; //$NON-NLS-1$
			case '\f' -> "\\f"; //$NON-NLS-1$
			case '\u2028', '\u2029' -> unicodeEscape(c);
			default -> c < 0x20 ? unicodeEscape(c) : Characters.isLoneSurrogate(value, i) ? Characters.REPLACEMENT : null;
		};
	}

	private static String unicodeEscape(char c) {
		return String.format("\\u%04x", (int) c); //$NON-NLS-1$
	}
}
