package org.civitas.emf.xmi;

import org.eclipse.emf.common.util.URI;

/**
 * A {@link SafeXmiResource} for files people write by hand (specifications, diagrams) that can
 * say on which line each loaded element was written, so that a problem found after loading (a
 * misspelt feature in an expression) can point into the file.
 */
public class LocatedXmiResource extends SafeXmiResource {

	public LocatedXmiResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().put(OPTION_RECORD_POSITIONS, Boolean.TRUE);
	}
}
