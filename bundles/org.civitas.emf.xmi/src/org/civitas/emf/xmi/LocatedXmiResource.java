package org.civitas.emf.xmi;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * A {@link SafeXmiResource} for files people write by hand (specifications, diagrams) that can
 * say on which line each loaded element was written, so that a problem found after loading (a
 * misspelt feature in an expression) can point into the file.
 */
public class LocatedXmiResource extends SafeXmiResource {

	/** Weak: the line of an element removed from the resource goes with it. */
	private final Map<EObject, Integer> lines = new WeakHashMap<>();

	public LocatedXmiResource(URI uri) {
		super(uri);
	}

	/** The line of the element's start tag in the file it was loaded from, or 0 if it was not loaded. */
	public int lineOf(EObject element) {
		return lines.getOrDefault(element, 0);
	}

	@Override
	protected void loaded(EObject element, int line) {
		lines.put(element, line);
	}
}
