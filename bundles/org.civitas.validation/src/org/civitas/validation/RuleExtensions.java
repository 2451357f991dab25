package org.civitas.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * Reads the rules contributed to the {@code org.civitas.validation.rules} extension point
 * (see {@code schema/rules.exsd}). A contribution that cannot be used (an unknown class, a
 * check class that does not load, a malformed id) is left out with a warning in the log that
 * names the rule and the contributing bundle; the other rules still run.
 */
public final class RuleExtensions {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "org.civitas.validation.rules"; //$NON-NLS-1$

	private RuleExtensions() {
	}

	/** A registry of every usable rule contributed to the extension point. */
	public static RuleRegistry registry(IExtensionRegistry extensions) {
		List<Rule> rules = new ArrayList<>();
		for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("rule".equals(element.getName())) { //$NON-NLS-1$
				try {
					rules.add(rule(element));
				} catch (CoreException | RuntimeException e) {
					ILog.of(RuleExtensions.class).log(Status.warning(Messages.format(Messages.RuleExtensions_badRule,
							element.getAttribute("id"), element.getContributor().getName(), e.getMessage()), e)); //$NON-NLS-1$
				}
			}
		}
		RuleRegistry registry = new RuleRegistry(List.of());
		for (Rule rule : rules) {
			try {
				registry.register(rule);
			} catch (IllegalArgumentException duplicate) {
				ILog.of(RuleExtensions.class).log(Status.warning(duplicate.getMessage()));
			}
		}
		return registry;
	}

	private static Rule rule(IConfigurationElement element) throws CoreException {
		return new Rule(element.getAttribute("id"), required(element, "title"), required(element, "category"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Severity.of(required(element, "severity")), target(element), modes(element), //$NON-NLS-1$
				!"false".equals(element.getAttribute("enabledByDefault")), text(element, "message"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text(element, "description"), words(element.getAttribute("strategies")), //$NON-NLS-1$ //$NON-NLS-2$
				(RuleCheck) element.createExecutableExtension("class"), fixes(element)); //$NON-NLS-1$
	}

	private static List<QuickFix> fixes(IConfigurationElement rule) throws CoreException {
		List<QuickFix> fixes = new ArrayList<>();
		for (IConfigurationElement fix : rule.getChildren("fix")) { //$NON-NLS-1$
			fixes.add(new QuickFix(required(fix, "label"), (RuleFix) fix.createExecutableExtension("class"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return fixes;
	}

	private static EClass target(IConfigurationElement element) {
		String nsUri = required(element, "targetPackage"); //$NON-NLS-1$
		EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
		if (ePackage == null) {
			throw new IllegalArgumentException("no model with namespace " + nsUri); //$NON-NLS-1$
		}
		String name = required(element, "targetClass"); //$NON-NLS-1$
		EClassifier classifier = ePackage.getEClassifier(name);
		if (!(classifier instanceof EClass eClass)) {
			throw new IllegalArgumentException(nsUri + " has no class " + name); //$NON-NLS-1$
		}
		return eClass;
	}

	private static Set<ValidationMode> modes(IConfigurationElement element) {
		String modes = element.getAttribute("modes"); //$NON-NLS-1$
		Set<ValidationMode> result = EnumSet.noneOf(ValidationMode.class);
		for (String mode : words(modes == null ? "batch" : modes)) { //$NON-NLS-1$
			result.add(ValidationMode.valueOf(mode.toUpperCase(Locale.ROOT)));
		}
		return result;
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("attribute " + attribute + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	private static String text(IConfigurationElement element, String child) {
		IConfigurationElement[] children = element.getChildren(child);
		if (children.length == 0 || children[0].getValue() == null) {
			throw new IllegalArgumentException("element " + child + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return children[0].getValue().strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> words(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("[\\s,]+")); //$NON-NLS-1$
	}
}
