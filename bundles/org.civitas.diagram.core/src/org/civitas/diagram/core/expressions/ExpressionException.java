package org.civitas.diagram.core.expressions;

/**
 * An expression that cannot be parsed or evaluated. The message is written for the toolsmith who
 * wrote the expression: it quotes the expression and says what is wrong, and for syntax errors
 * the column where parsing stopped.
 */
public class ExpressionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String expression;

	ExpressionException(String expression, String message, Throwable cause) {
		super(message, cause);
		this.expression = expression;
	}

	/** The text of the expression at fault. */
	public String expression() {
		return expression;
	}
}
