package org.civitas.emf.xmi;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.stream.Collectors;

import org.civitas.files.TextPosition;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

/**
 * What is wrong with a file that did not load, where: the file, the line and column when the
 * parser knows them, and the parser's or EMF's own words. Its {@link #toString()} reads
 * {@code grants.portfolio:12:7: Feature 'colour' not found.}, the shape compilers use, so
 * that users and tools find the place.
 */
public record LoadProblem(String file, int line, int column, String message) {

	/** Messages are one line: parsers quote the damaged text, which may span lines or megabytes. */
	public LoadProblem {
		message = message.replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (message.length() > 300) {
			message = message.substring(0, 297) + "..."; //$NON-NLS-1$
		}
	}

	/**
	 * Describes why loading {@code uri} failed with {@code failure}: the parser's or EMF's own
	 * words without Java class names, at the place they give, or, for text that is not UTF-8, the
	 * place of the first broken byte (parsers give none).
	 */
	public static LoadProblem of(URI uri, Throwable failure) {
		String file = uri.isFile() ? uri.toFileString() : uri.toString();
		LoadProblem problem = described(file, failure);
		Throwable encoding = find(failure, CharConversionException.class);
		if (encoding != null || problem.line <= 0) {
			TextPosition position = uri.isFile() ? firstMalformed(Path.of(uri.toFileString())) : null;
			if (position != null) {
				return new LoadProblem(file, position.line(), position.column(),
						NLS.bind(Messages.LoadProblem_notUtf8, encoding != null ? encoding.getMessage() : problem.message));
			}
			if (problem.line <= 0) {
				// Nothing more precise: the problem concerns the document as a whole, whose
				// declaration (encoding, version) is on its first line.
				return new LoadProblem(file, 1, 0, problem.message);
			}
		}
		return problem;
	}

	/** The most telling exception of the chain, in the user's words. */
	private static LoadProblem described(String file, Throwable failure) {
		SAXParseException parse = find(failure, SAXParseException.class);
		if (parse != null) {
			return new LoadProblem(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
		}
		IllegalValueException illegal = find(failure, IllegalValueException.class);
		if (illegal != null) {
			return new LoadProblem(file, illegal.getLine(), illegal.getColumn(), describe(illegal));
		}
		XMIException xmi = find(failure, XMIException.class);
		if (xmi != null) {
			return new LoadProblem(file, xmi.getLine(), xmi.getColumn(), withoutLocation(innermostMessage(xmi)));
		}
		Throwable innermost = failure;
		while (innermost.getCause() != null && innermost.getCause() != innermost) {
			innermost = innermost.getCause();
		}
		return new LoadProblem(file, 0, 0, innermost.getMessage() != null ? innermost.getMessage()
				: NLS.bind(Messages.LoadProblem_unreadable, file));
	}

	/** EMF's message when it is its own, the cause's when EMF only wraps one (and prints its class). */
	private static String innermostMessage(XMIException xmi) {
		Throwable cause = xmi.getCause();
		return cause != null && cause.getMessage() != null ? cause.getMessage() : xmi.getMessage();
	}

	private static <T> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static TextPosition firstMalformed(Path file) {
		try {
			return TextPosition.firstMalformedUtf8(file).orElse(null);
		} catch (IOException unreadable) {
			return null;
		}
	}

	/**
	 * A value that does not fit its feature, in the user's words: which feature, what was
	 * written, and what it must be (the allowed literals of an enumeration, a number, a date).
	 */
	private static String describe(IllegalValueException illegal) {
		EStructuralFeature feature = illegal.getFeature();
		String name = feature == null ? "" : feature.getName(); //$NON-NLS-1$
		Object value = illegal.getValue();
		String written = abbreviated(value instanceof EObject element ? describe(element) : String.valueOf(value));
		EClassifier type = feature == null ? null : feature.getEType();
		if (type instanceof EEnum enumeration) {
			return NLS.bind(Messages.LoadProblem_notALiteral, new Object[] { name, written, enumeration.getELiterals()
					.stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")) }); //$NON-NLS-1$
		}
		Class<?> instanceClass = type == null ? null : type.getInstanceClass();
		if (instanceClass != null && (instanceClass.isPrimitive() && instanceClass != boolean.class
				|| Number.class.isAssignableFrom(instanceClass))) {
			return NLS.bind(isNonFinite(written) ? Messages.LoadProblem_notFinite : Messages.LoadProblem_notANumber, name,
					written);
		}
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			return NLS.bind(Messages.LoadProblem_notABoolean, name, written);
		}
		Throwable cause = illegal.getCause();
		if (cause instanceof IllegalArgumentException reason && reason.getMessage() != null && instanceClass == Date.class) {
			return name + ": " + reason.getMessage(); //$NON-NLS-1$
		}
		if (feature instanceof EReference) {
			return NLS.bind(Messages.LoadProblem_wrongElement, name, written);
		}
		return NLS.bind(Messages.LoadProblem_notValid, name, written);
	}

	/** {@code NaN}, {@code Infinity}: a number to Java, but no amount, rate or position. */
	private static boolean isNonFinite(String written) {
		try {
			return !Double.isFinite(Double.parseDouble(written));
		} catch (NumberFormatException notANumber) {
			return false;
		}
	}

	/** An element as a person names it: its kind and its id or name, never its Java identity. */
	private static String describe(EObject element) {
		EStructuralFeature id = element.eClass().getEIDAttribute();
		Object key = id == null ? null : element.eGet(id);
		EStructuralFeature named = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
		Object name = named == null ? null : element.eGet(named);
		String kind = element.eClass().getName();
		return key != null ? kind + " " + key : name != null ? kind + " " + name : kind; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A value as quoted in a message: a damaged file may hold megabytes in one attribute. */
	private static String abbreviated(String text) {
		return text.length() <= 120 ? text : text.substring(0, 117) + "..."; //$NON-NLS-1$
	}

	/** EMF appends "(uri, line, column)" to its messages; the record carries those apart. */
	private static String withoutLocation(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		int location = message.lastIndexOf(" ("); //$NON-NLS-1$
		return location > 0 && message.endsWith(")") ? message.substring(0, location) : message; //$NON-NLS-1$
	}

	/** Where the problem is: {@code file:line:column}, as far as known. */
	public String location() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return location() + ": " + message; //$NON-NLS-1$
	}

}
