/**
 * Keeping a diagram up to date with its model: the
 * {@link org.civitas.diagram.core.sync.DiagramSynchronizer} adds the nodes and edges that
 * appeared, removes those whose elements vanished and keeps the rest with their layout, reporting
 * what it did ({@link org.civitas.diagram.core.sync.SyncReport}) and what it could not draw
 * ({@link org.civitas.diagram.core.sync.DiagramProblems}).
 * {@link org.civitas.diagram.core.sync.ModelChanges} tells which model changes can change a
 * diagram at all.
 */
package org.civitas.diagram.core.sync;
