/**
 * Models as tables, in and out, for any metamodel. {@link org.civitas.interchange.TableSchema}
 * derives a model's tabular form; {@link org.civitas.interchange.TableExport} writes a model as
 * tables and {@link org.civitas.interchange.TableImport} reads tables back into it, worked out
 * first as an {@link org.civitas.interchange.ImportPlan} without changing the model, with each
 * refused cell a {@link org.civitas.interchange.CellProblem} naming file, sheet, row and column.
 * File formats are {@link org.civitas.interchange.TableFormat}s contributed through the
 * {@code org.civitas.interchange.formats} extension point and found with
 * {@link org.civitas.interchange.TableFormats}.
 */
package org.civitas.interchange;
