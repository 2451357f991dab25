package org.civitas.validation.ui;

import java.util.Locale;

import org.civitas.validation.Rule;
import org.eclipse.core.resources.IMarker;
import org.eclipse.help.AbstractContextProvider;
import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.help.IHelpResource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerHelpContextProvider;

/**
 * F1 on a problem of a rule: the rule's title, rationale and strategies, with the board's
 * catalogue of rules and its guide to strategies as topics. The help is made from the rule
 * itself, so a rule contributed by a plug-in has it as well.
 */
public final class RuleHelp extends AbstractContextProvider implements IMarkerHelpContextProvider {

	private static final String PLUGIN = "org.civitas.validation.ui"; //$NON-NLS-1$
	private static final String CONTEXT_PREFIX = PLUGIN + ".rule_"; //$NON-NLS-1$
	/** The board's catalogue of rules, a section per category (help bundle, generated from docs/board/rules.md). */
	private static final String RULES_PAGE = "/org.civitas.help/help/board/rules.html"; //$NON-NLS-1$
	private static final String STRATEGIES_TOPIC = "/org.civitas.help/help/board/validation-guide.html#how-a-finding-traces-to-a-strategy"; //$NON-NLS-1$

	/** The context whose help explains the rule of that id. */
	public static String contextIdOf(String ruleId) {
		return CONTEXT_PREFIX + ruleId;
	}

	@Override
	public String[] getPlugins() {
		return new String[] { PLUGIN };
	}

	@Override
	public IContext getContext(String id, String locale) {
		if (!id.startsWith(CONTEXT_PREFIX)) {
			return null;
		}
		Rule rule = ValidationPreferences.rules().rule(id.substring(CONTEXT_PREFIX.length()));
		return rule == null ? null : new RuleContext(rule);
	}

	@Override
	public String getHelpContextForMarker(IMarker marker) {
		String rule = marker.getAttribute(ValidationMarkers.RULE, null);
		return rule == null ? null : contextIdOf(rule);
	}

	@Override
	public boolean hasHelpContextForMarker(IMarker marker) {
		String rule = marker.getAttribute(ValidationMarkers.RULE, null);
		return rule != null && ValidationPreferences.rules().rule(rule) != null;
	}

	private record RuleContext(Rule rule) implements IContext2 {

		@Override
		public String getTitle() {
			return rule.id() + ": " + rule.title(); //$NON-NLS-1$
		}

		@Override
		public String getText() {
			String strategies = rule.strategies().isEmpty() ? Messages.RuleHelp_noStrategy
					: String.join(", ", rule.strategies()); //$NON-NLS-1$
			return NLS.bind(Messages.RuleHelp_text, new Object[] { rule.description(), rule.severity().key(),
					rule.category(), strategies });
		}

		@Override
		public String getStyledText() {
			return null;
		}

		@Override
		public String getCategory(IHelpResource topic) {
			return null;
		}

		@Override
		public IHelpResource[] getRelatedTopics() {
			return new IHelpResource[] {
					topic(NLS.bind(Messages.RuleHelp_categoryTopic, rule.category()),
							RULES_PAGE + '#' + anchorOf(rule.category())),
					topic(Messages.RuleHelp_strategiesTopic, STRATEGIES_TOPIC) };
		}

		/** The id the guide's heading of a category has (as GitHub and the help generator make it). */
		private static String anchorOf(String heading) {
			return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}_ -]", "").replace(' ', '-'); //$NON-NLS-1$ //$NON-NLS-2$
		}

		private static IHelpResource topic(String label, String href) {
			return new IHelpResource() {
				@Override
				public String getLabel() {
					return label;
				}

				@Override
				public String getHref() {
					return href;
				}
			};
		}
	}
}
