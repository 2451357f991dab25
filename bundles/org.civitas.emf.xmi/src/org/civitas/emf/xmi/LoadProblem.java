package org.civitas.emf.xmi;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * What is wrong with a file that did not load, where: the file, the line and column when the
 * parser knows them, and the parser's or EMF's own words. Its {@link #toString()} reads
 * {@code grants.portfolio:12:7: Feature 'colour' not found.}, the shape compilers use, so
 * that users and tools find the place.
 */
public record LoadProblem(String file, int line, int column, String message) {

	/** Describes why loading {@code uri} failed with {@code failure}. */
	public static LoadProblem of(URI uri, Throwable failure) {
		String file = uri.isFile() ? uri.toFileString() : uri.toString();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse) {
				return new LoadProblem(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
			}
			if (cause instanceof XMIException xmi) {
				return new LoadProblem(file, xmi.getLine(), xmi.getColumn(), withoutLocation(xmi.getMessage()));
			}
			if (cause instanceof Resource.Diagnostic diagnostic) {
				return new LoadProblem(file, diagnostic.getLine(), diagnostic.getColumn(),
						withoutLocation(diagnostic.getMessage()));
			}
			if (!(cause instanceof WrappedException) && !(cause instanceof Resource.IOWrappedException)
					&& cause.getCause() == null) {
				return new LoadProblem(file, 0, 0, cause.getMessage() != null ? cause.getMessage() : cause.toString());
			}
		}
		return new LoadProblem(file, 0, 0, String.valueOf(failure));
	}

	/** EMF appends "(uri, line, column)" to its messages; the record carries those apart. */
	private static String withoutLocation(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		int location = message.lastIndexOf(" ("); //$NON-NLS-1$
		return location > 0 && message.endsWith(")") ? message.substring(0, location) : message; //$NON-NLS-1$
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(message).toString(); //$NON-NLS-1$
	}
}
