package org.civitas.diagram.core.sync;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.diagram.core.expressions.Expression;
import org.civitas.diagram.core.expressions.ExpressionException;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.DiagramElementMapping;
import org.eclipse.emf.ecore.EObject;

/**
 * Evaluates the expressions of one diagram type while drawing, turning failures into
 * {@link DiagramProblems} instead of exceptions: an expression that fails on one element leaves
 * that element with a default, and the rest of the diagram is drawn.
 */
public final class Evaluation {

	private final DiagramType type;
	private final EObject root;
	private final DiagramProblems problems;

	public Evaluation(DiagramType type, EObject root, DiagramProblems problems) {
		this.type = type;
		this.root = root;
		this.problems = problems;
	}

	public DiagramType type() {
		return type;
	}

	public EObject root() {
		return root;
	}

	public DiagramProblems problems() {
		return problems;
	}

	/** Variables for an element: {@code self} and {@code root}. */
	public Map<String, Object> variables(EObject self) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("self", self); //$NON-NLS-1$
		variables.put("root", root); //$NON-NLS-1$
		return variables;
	}

	/** How one kind of result is read from a compiled expression. */
	@FunctionalInterface
	private interface Reading<T> {
		T read(Expression expression, Map<String, Object> variables) throws ExpressionException;
	}

	/** Reads an expression, or gives {@code empty} if it has no text and {@code failed} (recording why) if it fails. */
	private <T> T read(String text, Map<String, Object> variables, String mapping, EObject element, Reading<T> reading,
			T empty, T failed) {
		Expression expression = type.expression(text);
		if (expression == null) {
			return empty;
		}
		try {
			return reading.read(expression, variables);
		} catch (ExpressionException failure) {
			problems.add(mapping, element, failure.getMessage());
			return failed;
		}
	}

	/** The value of an expression, or {@code null} if it is empty or fails (the failure is recorded). */
	public Object value(String text, Map<String, Object> variables, String mapping, EObject element) {
		return read(text, variables, mapping, element, Expression::evaluate, null, null);
	}

	/** A predicate; an empty one holds, a failing one does not. */
	public boolean test(String text, Map<String, Object> variables, String mapping, EObject element) {
		return read(text, variables, mapping, element, Expression::test, true, false);
	}

	/** Text, or {@code null} if the expression is empty, gives nothing or fails. */
	public String text(String text, Map<String, Object> variables, String mapping, EObject element) {
		Object value = value(text, variables, mapping, element);
		return value == null ? null : value.toString();
	}

	/** A number, or {@code null} if the expression is empty, gives nothing or fails. */
	public Double number(String text, Map<String, Object> variables, String mapping, EObject element) {
		return read(text, variables, mapping, element, Expression::number, null, null);
	}

	/** A date, or {@code null} if the expression is empty, gives nothing or fails. */
	public Date date(String text, Map<String, Object> variables, String mapping, EObject element) {
		return read(text, variables, mapping, element, Expression::date, null, null);
	}

	/** Model elements, or none if the expression is empty or fails. */
	public List<EObject> elements(String text, Map<String, Object> variables, String mapping, EObject element) {
		return read(text, variables, mapping, element, Expression::elements, Collections.emptyList(),
				Collections.emptyList());
	}

	/** The label of an element drawn by a mapping: the label expression, else the element's name. */
	public String label(DiagramElementMapping mapping, Map<String, Object> variables, EObject element) {
		if (mapping.getLabelExpression() != null && !mapping.getLabelExpression().isBlank()) {
			String label = text(mapping.getLabelExpression(), variables, mapping.getName(), element);
			return label == null ? "" : label; //$NON-NLS-1$
		}
		return element == null ? "" : DiagramProblems.labelOf(element); //$NON-NLS-1$
	}
}
