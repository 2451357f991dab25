package org.civitas.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How findings and reports name an element: as its model names it for people (an
 * {@link ElementNamer} contributed for its package), else its {@code name}, else its class and
 * id, else its class (the engine knows no model).
 */
public final class ElementLabels {

	/** The extension point of the namers. */
	public static final String EXTENSION_POINT = "org.civitas.validation.elementNames"; //$NON-NLS-1$

	/** The contributed namers by package namespace URI, read once. */
	private static volatile Map<String, ElementNamer> namers;

	private ElementLabels() {
	}

	public static String of(EObject element) {
		ElementNamer namer = namers().get(element.eClass().getEPackage().getNsURI());
		String named = namer == null ? null : namer.nameOf(element);
		if (named != null && !named.isBlank()) {
			return named;
		}
		Optional<String> name = name(element);
		if (name.isPresent()) {
			return name.get();
		}
		EAttribute id = element.eClass().getEIDAttribute();
		Object idValue = id == null ? null : element.eGet(id);
		return idValue == null ? element.eClass().getName() : element.eClass().getName() + " " + idValue; //$NON-NLS-1$
	}

	/** The element's {@code name}, if it has one that is not blank. */
	public static Optional<String> name(EObject element) {
		return value(element, "name") instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty(); //$NON-NLS-1$
	}

	private static Map<String, ElementNamer> namers() {
		Map<String, ElementNamer> known = namers;
		if (known == null) {
			known = read(RegistryFactory.getRegistry());
			namers = known;
		}
		return known;
	}

	/** The namers of the registry (none outside OSGi); one that cannot be created is logged and left out. */
	static Map<String, ElementNamer> read(IExtensionRegistry registry) {
		Map<String, ElementNamer> read = new HashMap<>();
		if (registry == null) {
			return read;
		}
		for (IConfigurationElement namer : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				read.put(namer.getAttribute("package"), (ElementNamer) namer.createExecutableExtension("class")); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (CoreException | ClassCastException e) {
				ILog.of(ElementLabels.class).error(Messages.format(Messages.ElementLabels_namerFailed,
						namer.getContributor().getName(), namer.getAttribute("class")), e); //$NON-NLS-1$
			}
		}
		return Map.copyOf(read);
	}

	private static Object value(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		return feature instanceof EAttribute ? element.eGet(feature) : null;
	}
}
