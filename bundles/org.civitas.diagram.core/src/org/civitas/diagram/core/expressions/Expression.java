package org.civitas.diagram.core.expressions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.eclipse.emf.ecore.EObject;

/**
 * A compiled expression of a specification. Evaluation reads the model and never changes it:
 * the engine offers no assignment, no object creation and no access to Java classes.
 */
public final class Expression {

	private final JexlScript script;

	Expression(JexlScript script) {
		this.script = script;
	}

	/** The expression as written. */
	public String text() {
		return script.getSourceText();
	}

	/**
	 * The navigations the expression makes from its variables, such as
	 * {@code [self, provider, name]} for {@code self.provider.name}: what static checks verify
	 * against the metamodel and what incremental refresh watches.
	 */
	public Set<List<String>> navigations() {
		return script.getVariables();
	}

	/** The value of the expression with these variables. */
	public Object evaluate(Map<String, Object> variables) throws ExpressionException {
		try {
			return script.execute(new MapContext(variables));
		} catch (JexlException failure) {
			throw new ExpressionException(text(),
					Messages.format(Messages.Expression_failed, ExpressionEngine.abbreviated(text()), ExpressionEngine.describe(failure)), failure);
		} catch (RuntimeException failure) {
			// A service contributed by a toolsmith may throw anything; it is still this expression's failure.
			throw new ExpressionException(text(), Messages.format(Messages.Expression_failed, ExpressionEngine.abbreviated(text()),
					failure.getMessage() != null ? failure.getMessage() : Messages.Expression_serviceFailed), failure);
		}
	}

	/** Evaluates a predicate: {@code true} only for the boolean {@code true}. */
	public boolean test(Map<String, Object> variables) throws ExpressionException {
		Object value = evaluate(variables);
		if (value == null || value instanceof Boolean) {
			return Boolean.TRUE.equals(value);
		}
		throw new ExpressionException(text(), Messages.format(Messages.Expression_notBoolean, ExpressionEngine.abbreviated(text()), value), null);
	}

	/** Evaluates to text: {@code null} stays {@code null}, anything else becomes its text. */
	public String text(Map<String, Object> variables) throws ExpressionException {
		Object value = evaluate(variables);
		return value == null ? null : value.toString();
	}

	/** Evaluates to a number, or {@code null} when the expression gives none. */
	public Double number(Map<String, Object> variables) throws ExpressionException {
		Object value = evaluate(variables);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new ExpressionException(text(), Messages.format(Messages.Expression_notNumber, ExpressionEngine.abbreviated(text()), value), null);
	}

	/** Evaluates to a date, or {@code null} when the expression gives none. */
	public Date date(Map<String, Object> variables) throws ExpressionException {
		Object value = evaluate(variables);
		if (value == null || value instanceof Date) {
			return (Date) value;
		}
		throw new ExpressionException(text(), Messages.format(Messages.Expression_notDate, ExpressionEngine.abbreviated(text()), value), null);
	}

	/** Evaluates to model elements: one element, or the elements of a collection, in order. */
	public List<EObject> elements(Map<String, Object> variables) throws ExpressionException {
		Object value = evaluate(variables);
		List<EObject> elements = new ArrayList<>();
		if (value instanceof EObject element) {
			elements.add(element);
		} else if (value instanceof Collection<?> collection) {
			for (Object item : collection) {
				if (!(item instanceof EObject element)) {
					throw new ExpressionException(text(),
							Messages.format(Messages.Expression_notElements, ExpressionEngine.abbreviated(text()), item), null);
				}
				elements.add(element);
			}
		} else if (value != null) {
			throw new ExpressionException(text(), Messages.format(Messages.Expression_notElements, ExpressionEngine.abbreviated(text()), value), null);
		}
		return elements;
	}
}
