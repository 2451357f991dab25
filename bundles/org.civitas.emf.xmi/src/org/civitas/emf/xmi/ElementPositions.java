package org.civitas.emf.xmi;

import org.eclipse.emf.ecore.EObject;

/**
 * Where the elements of a loaded file were written, so that a problem found in the model (a
 * validation finding, a misspelt expression) can point at the place in the file.
 */
public interface ElementPositions {

	/** The line where the element's start tag ends, from 1, or 0 if the element was not read from the file. */
	int lineOf(EObject element);

	/** The column just after the element's start tag, from 1, or 0 if unknown. */
	int columnOf(EObject element);
}
