/**
 * XMI files that people exchange and keep in Git: {@link org.civitas.emf.xmi.SafeXmiResource}
 * refuses document type declarations, checks dates strictly
 * ({@link org.civitas.emf.xmi.StrictDates}) and writes a file whole or not at all; a file that
 * does not load says where and why in a {@link org.civitas.emf.xmi.LoadProblem};
 * {@link org.civitas.emf.xmi.LocatedXmiResource} remembers on which line each element was written.
 * {@link org.civitas.emf.xmi.ModelVersion} reads one version of a model file on its own, as Git
 * hands it over.
 */
package org.civitas.emf.xmi;
