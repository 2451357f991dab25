/**
 * The model changes a specification's tools make (create a node, connect two elements, delete), as
 * EMF commands from {@link org.civitas.diagram.core.tools.ToolCommands}: one command per gesture,
 * so one Undo takes it back wherever it was made.
 */
package org.civitas.diagram.core.tools;
