/**
 * Viewpoints read and checked before anything is drawn.
 * {@link org.civitas.diagram.core.spec.Viewpoints} gives the viewpoints contributed through
 * {@code org.civitas.diagram.core.viewpoints} or a specification file; the
 * {@link org.civitas.diagram.core.spec.SpecificationChecker} resolves every class and compiles
 * every expression, reporting each {@link org.civitas.diagram.core.spec.SpecificationProblem} with
 * its file and line; what passes is a {@link org.civitas.diagram.core.spec.DiagramType}, which
 * cannot fail on a misspelt name.
 */
package org.civitas.diagram.core.spec;
