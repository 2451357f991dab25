/**
 * The expressions of viewpoint specifications: compiled once by the
 * {@link org.civitas.diagram.core.expressions.ExpressionEngine} (Apache Commons JEXL, sandboxed to
 * reading models), evaluated as {@link org.civitas.diagram.core.expressions.Expression}s, and
 * extended with functions under a prefix: the built-in {@code model:} and {@code graph:} services
 * and those contributed through the {@code org.civitas.diagram.core.services} extension point. A
 * failing expression is an {@link org.civitas.diagram.core.expressions.ExpressionException} whose
 * message quotes the expression.
 */
package org.civitas.diagram.core.expressions;
