package org.civitas.diagram.core.expressions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * Compiles the expressions of specifications with Apache Commons JEXL, restricted to reading
 * models and computing with what it reads: navigation ({@code self.provider.name}),
 * arithmetic, comparisons, the conditional operator, list literals and calls to services
 * ({@code graph:inCycle(self, 'dependsOn')}). There are no loops, assignments, lambdas,
 * pragmas or object creation, and no Java class can be reached, so an expression always
 * terminates and a specification from anyone is safe to open.
 */
public final class ExpressionEngine {

	private static final JexlFeatures FEATURES = JexlFeatures.createDefault()
			.script(false)
			.loops(false)
			.lambda(false)
			.thinArrow(false)
			.fatArrow(false)
			.localVar(false)
			.sideEffect(false)
			.sideEffectGlobal(false)
			.newInstance(false)
			.pragma(false)
			.importPragma(false)
			.namespacePragma(false)
			.annotation(false);

	private final JexlEngine jexl;
	private final Map<String, Object> services;

	/**
	 * @param services the objects whose public methods expressions may call, by namespace
	 */
	public ExpressionEngine(Map<String, Object> services) {
		this.services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
		// JEXL's own permissions would refuse our service classes; the sandbox decides instead,
		// and hands JEXL's introspection only the objects it allows.
		JexlEngine standard = new JexlBuilder().permissions(JexlPermissions.UNRESTRICTED).create();
		this.jexl = new JexlBuilder()
				.features(FEATURES)
				.uberspect(new SandboxedUberspect(standard.getUberspect(), this.services.values()))
				.namespaces(new LinkedHashMap<>(this.services))
				.strict(true)
				.safe(true)
				.silent(false)
				.collectAll(true)
				.cache(1024)
				.create();
	}

	/** An engine with the services contributed to {@value ServiceExtensions#EXTENSION_POINT}. */
	public static ExpressionEngine withContributedServices() {
		return new ExpressionEngine(ServiceExtensions.contributed());
	}

	/** The services expressions may call, by namespace. */
	public Map<String, Object> services() {
		return services;
	}

	/**
	 * How deep brackets may nest in an expression. JEXL parses recursively: a few thousand
	 * nested brackets (a damaged or hostile file) would overflow the stack.
	 */
	private static final int MAXIMUM_NESTING = 64;

	/** Parses an expression; a syntax error says where parsing stopped. */
	public Expression compile(String text) throws ExpressionException {
		int nesting = nesting(text);
		if (nesting > MAXIMUM_NESTING) {
			throw new ExpressionException(text, Messages.format(Messages.Expression_syntax, abbreviated(text),
					Messages.format(Messages.Expression_tooDeep, nesting, MAXIMUM_NESTING)), null);
		}
		try {
			return new Expression(jexl.createScript(new JexlInfo("", 1, 1), text)); //$NON-NLS-1$
		} catch (JexlException failure) {
			throw new ExpressionException(text, Messages.format(Messages.Expression_syntax, abbreviated(text), describe(failure)),
					failure);
		}
	}

	/** The deepest nesting of brackets in {@code text}. */
	private static int nesting(String text) {
		int depth = 0;
		int deepest = 0;
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (character == '(' || character == '[' || character == '{') {
				deepest = Math.max(deepest, ++depth);
			} else if (character == ')' || character == ']' || character == '}') {
				depth = Math.max(0, depth - 1);
			}
		}
		return deepest;
	}

	/** An expression as quoted in a message: a damaged one may be megabytes long. */
	static String abbreviated(String text) {
		return text.length() <= 120 ? text : text.substring(0, 117) + "..."; //$NON-NLS-1$
	}

	/** JEXL's message without its location prefix, which points into our code rather than the user's. */
	static String describe(JexlException failure) {
		if (failure instanceof JexlException.Property property) {
			return Messages.format(Messages.Expression_unknownProperty, property.getProperty());
		}
		if (failure instanceof JexlException.Method method) {
			return Messages.format(Messages.Expression_unknownFunction, method.getMethod());
		}
		if (failure instanceof JexlException.Variable variable) {
			return Messages.format(Messages.Expression_unknownVariable, variable.getVariable());
		}
		if (failure.getCause() instanceof UnsupportedOperationException refused) {
			return refused.getMessage();
		}
		JexlInfo info = failure.getInfo();
		String message = failure.getMessage();
		int detail = message.indexOf(' ');
		String text = detail < 0 ? message : message.substring(detail + 1);
		if (failure instanceof JexlException.Parsing || failure instanceof JexlException.Feature) {
			return Messages.format(Messages.Expression_atColumn, text, info == null ? 0 : info.getColumn());
		}
		return text;
	}
}
