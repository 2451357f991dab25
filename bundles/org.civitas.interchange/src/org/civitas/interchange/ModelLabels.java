package org.civitas.interchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * The names people read for classes and features: those the model's EMF.Edit support gives
 * them (the Properties view's labels, "Service Line", "KPIs"), else the Java name split into
 * words ("serviceLine" is "Service Line").
 */
final class ModelLabels {

	private final AdapterFactory itemProviders;
	/** The EMF.Edit resources of each package asked for, or none when it has no item providers. */
	private final Map<EPackage, Optional<ResourceLocator>> resources = new HashMap<>();

	ModelLabels(AdapterFactory itemProviders) {
		this.itemProviders = itemProviders;
	}

	String of(EClass type) {
		return string(type.getEPackage(), "_UI_" + type.getName() + "_type", words(type.getName())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String of(EStructuralFeature feature) {
		EClass owner = feature.getEContainingClass();
		return string(owner.getEPackage(), "_UI_" + owner.getName() + '_' + feature.getName() + "_feature", //$NON-NLS-1$ //$NON-NLS-2$
				words(feature.getName()));
	}

	/**
	 * What a feature is, as the Properties view says beneath it: the EMF.Edit description, else
	 * the documentation in the metamodel, else {@code null}.
	 */
	String description(EStructuralFeature feature) {
		EClass owner = feature.getEContainingClass();
		String described = string(owner.getEPackage(), "_UI_" + owner.getName() + '_' + feature.getName() + "_description", null); //$NON-NLS-1$ //$NON-NLS-2$
		return described != null ? described : EcoreUtil.getDocumentation(feature);
	}

	/** The readable name of an enumeration's value ("E-mail and collaboration"), else its literal. */
	String of(EEnumLiteral literal) {
		EEnum type = literal.getEEnum();
		return string(type.getEPackage(), "_UI_" + type.getName() + '_' + literal.getName() + "_literal", //$NON-NLS-1$ //$NON-NLS-2$
				literal.getLiteral());
	}

	/** The string of {@code key} from the EMF.Edit resources of the package, else {@code fallback}. */
	private String string(EPackage ePackage, String key, String fallback) {
		ResourceLocator locator = resources.computeIfAbsent(ePackage, this::findResources).orElse(null);
		if (locator != null) {
			try {
				return locator.getString(key);
			} catch (RuntimeException missing) {
				// No such key: the fallback.
			}
		}
		return fallback;
	}

	/** The resource locator of the package's item providers, found through a concrete class of it. */
	private Optional<ResourceLocator> findResources(EPackage ePackage) {
		for (EClass candidate : ePackage.getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(eClass -> !eClass.isAbstract() && !eClass.isInterface()).toList()) {
			// EMF.Edit's item providers are their package's resource locators.
			if (itemProviders.adapt(EcoreUtil.create(candidate), IItemLabelProvider.class) instanceof ResourceLocator found) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/** "serviceLine" and "ServiceLine" as "Service Line". */
	static String words(String javaName) {
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < javaName.length(); i++) {
			char c = javaName.charAt(i);
			if (i == 0) {
				words.append(Character.toUpperCase(c));
			} else {
				if (Character.isUpperCase(c) && !Character.isUpperCase(javaName.charAt(i - 1))) {
					words.append(' ');
				}
				words.append(c);
			}
		}
		return words.toString();
	}
}
