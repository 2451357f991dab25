/**
 * Model files in wizards: the field that names one
 * ({@link org.civitas.ui.emf.files.ModelFileField}), the one a wizard starts with
 * ({@link org.civitas.ui.emf.files.SelectedModelFiles}), and a model's root as the workbench has
 * it, unsaved changes included ({@link org.civitas.ui.emf.files.ModelRoots}).
 */
package org.civitas.ui.emf.files;
