/**
 * JFace and the workbench over EMF.Edit, for any model: a lazy tree content provider and a label
 * provider over item providers ({@link org.civitas.ui.emf.EmfTreeContentProvider},
 * {@link org.civitas.ui.emf.EmfLabelProvider}), undo, redo, cut, copy, paste and delete as
 * workbench actions on an editing domain ({@link org.civitas.ui.emf.EditingDomainActionGroup}),
 * drag and drop, New Child menus, and an editor's selection told to the workbench
 * ({@link org.civitas.ui.emf.SelectionRelay}). Every change is a command on the editing domain.
 */
package org.civitas.ui.emf;
