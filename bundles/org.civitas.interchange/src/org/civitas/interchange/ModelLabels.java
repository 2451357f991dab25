package org.civitas.interchange;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
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

	ModelLabels(AdapterFactory itemProviders) {
		this.itemProviders = itemProviders;
	}

	String of(EClass type) {
		return string(type, "_UI_" + type.getName() + "_type", type.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String of(EStructuralFeature feature) {
		EClass owner = feature.getEContainingClass();
		return string(owner, "_UI_" + owner.getName() + '_' + feature.getName() + "_feature", feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The readable name of an enumeration's value ("E-mail and collaboration"). */
	String of(EEnumLiteral literal) {
		EEnum type = literal.getEEnum();
		EClass anyClass = type.getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).findFirst().orElse(null);
		String key = "_UI_" + type.getName() + '_' + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$
		ResourceLocator resources = anyClass == null ? null : resourcesOf(anyClass);
		if (resources != null) {
			try {
				return resources.getString(key);
			} catch (RuntimeException missing) {
				// No such key: the literal itself.
			}
		}
		return literal.getLiteral();
	}

	/** The string of {@code key} from the EMF.Edit resources of {@code type}'s package, else {@code name} in words. */
	private String string(EClass type, String key, String name) {
		ResourceLocator resources = resourcesOf(type);
		if (resources != null) {
			try {
				return resources.getString(key);
			} catch (RuntimeException missing) {
				// No such key: the generated name below.
			}
		}
		return words(name);
	}

	/** The resource locator of the package's item providers, found through a concrete class of it. */
	private ResourceLocator resourcesOf(EClass type) {
		for (EClass candidate : type.getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(eClass -> !eClass.isAbstract() && !eClass.isInterface()).toList()) {
			// EMF.Edit's item providers are their package's resource locators.
			if (itemProviders.adapt(EcoreUtil.create(candidate), IItemLabelProvider.class) instanceof ResourceLocator resources) {
				return resources;
			}
		}
		return null;
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
