/**
 * The Properties view for EMF elements, over EMF.Edit's item property descriptors.
 * <ul>
 * <li>{@link org.civitas.ui.emf.properties.EmfPropertySourceProvider} gives the classic
 * Properties view (a {@link org.eclipse.ui.views.properties.PropertySheetPage}) the properties
 * of EMF elements, with a cell editor suited to each property.</li>
 * <li>{@link org.civitas.ui.emf.properties.EmfTabbedProperties} describes the tabbed view that
 * editors enable with its contributor id: a form per property category, then the classic table
 * of all properties.</li>
 * </ul>
 * Every edit is a command on the element's editing domain, made by the item property
 * descriptor itself, so Undo and Redo cover it.
 */
package org.civitas.ui.emf.properties;
