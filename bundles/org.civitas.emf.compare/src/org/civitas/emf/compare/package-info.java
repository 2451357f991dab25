/**
 * Comparing and merging versions of any EMF model, element by element.
 * {@link org.civitas.emf.compare.ModelComparison} lists the
 * {@link org.civitas.emf.compare.Change}s between two versions, matched by
 * {@link org.civitas.emf.compare.ElementKeys} (IDs, else places);
 * {@link org.civitas.emf.compare.ThreeWayMerge} merges theirs into ours from a common ancestor and
 * leaves what both sides changed differently as {@link org.civitas.emf.compare.Conflict}s, kept in
 * a {@link org.civitas.emf.compare.ConflictFile} until they are settled with
 * {@link org.civitas.emf.compare.ConflictResolution}. {@link org.civitas.emf.compare.DiffText}
 * puts changes in the words of the model's editor. A metamodel tells the merge how to treat its
 * features through {@link org.civitas.emf.compare.MergeHints} annotations.
 */
package org.civitas.emf.compare;
