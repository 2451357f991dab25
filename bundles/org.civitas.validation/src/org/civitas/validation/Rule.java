package org.civitas.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;

/**
 * A validation rule: what it checks, why, how serious a violation is, and the governance
 * strategies it serves. Rules come from the {@code org.civitas.validation.rules} extension
 * point or are built in Java with {@link #builder(String)}.
 *
 * @param id stable identifier with its category prefix, such as {@code FIN-003}
 * @param title short statement of what the rule wants, such as "Business cases have a cost baseline"
 * @param category the category reports group findings by, such as "Finance"
 * @param severity how serious a violation is unless a profile says otherwise
 * @param target the class whose instances (and subclasses' instances) the rule checks
 * @param modes when the rule runs
 * @param enabledByDefault whether the rule runs unless a profile switches it on
 * @param message the finding's text as a {@link MessageFormat} pattern; {@code {0}} is the
 *            element's label, further arguments come from the check
 * @param description the rationale: why a board cares, and what to do about a violation
 * @param strategies the strategy ids the rule serves, such as {@code S5} or {@code F1}
 * @param check the logic
 * @param fixes the quick fixes offered for its findings, best first
 */
public record Rule(String id, String title, String category, Severity severity, EClass target, Set<ValidationMode> modes,
		boolean enabledByDefault, String message, String description, List<String> strategies, RuleCheck check,
		List<QuickFix> fixes) {

	private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{3}"); //$NON-NLS-1$

	public Rule {
		Objects.requireNonNull(check, "check"); //$NON-NLS-1$
		Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("rule id must look like ABC-123: " + id); //$NON-NLS-1$
		}
		if (modes.isEmpty()) {
			throw new IllegalArgumentException(id + ": a rule runs in at least one mode"); //$NON-NLS-1$
		}
		new MessageFormat(message); // refuses a broken pattern now, not at the first finding
		modes = Set.copyOf(modes);
		strategies = List.copyOf(strategies);
		fixes = List.copyOf(fixes);
	}

	/** The finding's text for {@code arguments}, {@code {0}} being the element's label. */
	public String format(Object... arguments) {
		return new MessageFormat(message).format(arguments);
	}

	/** A builder for a rule with this id; title, category, target and check are required. */
	public static Builder builder(String id) {
		return new Builder(id);
	}

	/** Builds a {@link Rule} in Java, for tests, scripts and the command line. */
	public static final class Builder {

		private final String id;
		private String title;
		private String category;
		private Severity severity = Severity.WARNING;
		private EClass target;
		private Set<ValidationMode> modes = EnumSet.of(ValidationMode.BATCH);
		private boolean enabledByDefault = true;
		private String message = "{0}"; //$NON-NLS-1$
		private String description = ""; //$NON-NLS-1$
		private List<String> strategies = List.of();
		private RuleCheck check;
		private final List<QuickFix> fixes = new ArrayList<>();

		private Builder(String id) {
			this.id = id;
		}

		public Builder title(String value) {
			title = value;
			return this;
		}

		public Builder category(String value) {
			category = value;
			return this;
		}

		public Builder severity(Severity value) {
			severity = value;
			return this;
		}

		public Builder target(EClass value) {
			target = value;
			return this;
		}

		public Builder modes(ValidationMode first, ValidationMode... more) {
			modes = EnumSet.of(first, more);
			return this;
		}

		public Builder enabledByDefault(boolean value) {
			enabledByDefault = value;
			return this;
		}

		public Builder message(String value) {
			message = value;
			return this;
		}

		public Builder description(String value) {
			description = value;
			return this;
		}

		public Builder strategies(String... values) {
			strategies = List.of(values);
			return this;
		}

		public Builder check(RuleCheck value) {
			check = value;
			return this;
		}

		/** Offers a quick fix for the rule's findings; fixes are offered in the order added. */
		public Builder fix(String label, RuleFix action) {
			fixes.add(new QuickFix(label, action));
			return this;
		}

		public Rule build() {
			return new Rule(id, Objects.requireNonNull(title, "title"), Objects.requireNonNull(category, "category"), //$NON-NLS-1$ //$NON-NLS-2$
					severity, target, modes, enabledByDefault, message, description, strategies, check, fixes);
		}
	}
}
