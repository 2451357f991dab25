package org.civitas.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;

/**
 * The rules known to a validation run, by id, and which of them apply to each class. Filled
 * from the extension point ({@link RuleExtensions}) or in Java.
 */
public final class RuleRegistry {

	private final Map<String, Rule> rules = new LinkedHashMap<>();
	private final Map<EClass, List<Rule>> byClass = new ConcurrentHashMap<>();

	/** A registry of the given rules. */
	public RuleRegistry(Collection<Rule> initial) {
		initial.forEach(this::register);
	}

	/** Adds a rule; a second rule with the same id is refused, since profiles and reports name rules by id. */
	public synchronized void register(Rule rule) {
		if (rules.putIfAbsent(rule.id(), rule) != null) {
			throw new IllegalArgumentException("two rules have the id " + rule.id()); //$NON-NLS-1$
		}
		byClass.clear();
	}

	/** Every rule, in the order registered. */
	public synchronized List<Rule> rules() {
		return List.copyOf(rules.values());
	}

	/** The rule with this id, or {@code null}. */
	public synchronized Rule rule(String id) {
		return rules.get(id);
	}

	/** The rules whose target is {@code type} or one of its supertypes. */
	public List<Rule> rulesFor(EClass type) {
		return byClass.computeIfAbsent(type, key -> {
			List<Rule> applicable = new ArrayList<>();
			for (Rule rule : rules()) {
				if (rule.target() == key || rule.target().isSuperTypeOf(key)) {
					applicable.add(rule);
				}
			}
			return List.copyOf(applicable);
		});
	}
}
