package org.civitas.emf.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;

/**
 * Changes in the words of the model's own editor: an element as its type and name ("Shared
 * Service "Payroll""), a feature by the label the Properties view gives it, values as the
 * Properties view shows them, and references by the name of the element they point to.
 */
public final class DiffText {

	private final AdapterFactory itemProviders;
	/** The EMF.Edit resources of each package asked for, once. */
	private final Map<EPackage, Optional<ResourceLocator>> resources = new HashMap<>();

	public DiffText(AdapterFactory itemProviders) {
		this.itemProviders = itemProviders;
	}

	/** One line per change. */
	public List<String> lines(List<Change> changes) {
		return changes.stream().map(this::line).toList();
	}

	public String line(Change change) {
		if (change instanceof Change.Added added) {
			return NLS.bind(Messages.DiffText_added, new Object[] { element(added.after()), feature(added.container(), added.list()),
					element(added.container()) });
		}
		if (change instanceof Change.Removed removed) {
			return NLS.bind(Messages.DiffText_removed, new Object[] { element(removed.before()),
					feature(removed.container(), removed.list()), element(removed.container()) });
		}
		if (change instanceof Change.Moved moved) {
			return NLS.bind(Messages.DiffText_moved, new Object[] { element(moved.after()), element(moved.oldContainer()),
					element(moved.newContainer()) });
		}
		if (change instanceof Change.ValueChanged value) {
			return NLS.bind(Messages.DiffText_changed, new Object[] { element(value.after()), feature(value.after(), value.feature()),
					value(value.feature(), value.oldValue()), value(value.feature(), value.newValue()) });
		}
		Change.ListChanged list = (Change.ListChanged) change;
		StringBuilder what = new StringBuilder();
		list.added().forEach(item -> what.append(what.isEmpty() ? "" : "; ").append("+ ").append(value(list.feature(), item))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		list.removed().forEach(item -> what.append(what.isEmpty() ? "" : "; ").append("- ").append(value(list.feature(), item))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (list.reordered()) {
			what.append(what.isEmpty() ? "" : "; ").append(Messages.DiffText_reordered); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return NLS.bind(Messages.DiffText_listChanged, new Object[] { element(list.after()), feature(list.after(), list.feature()),
				what });
	}

	/**
	 * {@code Shared Service "Payroll"}; the type and ID of an element without a name; the type
	 * and values of one without an ID either.
	 */
	public String element(EObject element) {
		String type = typeOf(element);
		EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
		Object value = name instanceof EAttribute ? element.eGet(name) : null;
		if (value != null && !value.toString().isBlank()) {
			return type + " \"" + value + '"'; //$NON-NLS-1$
		}
		String id = EcoreUtil.getID(element);
		if (id != null) {
			return type + ' ' + id;
		}
		// A part of a value, such as a point of a route: its values say which.
		String values = ModelComparison.comparedFeatures(element.eClass()).stream()
				.filter(feature -> feature instanceof EAttribute && !feature.isMany() && element.eIsSet(feature))
				.map(feature -> value(feature, element.eGet(feature))).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return values.isEmpty() ? type : type + " (" + values + ')'; //$NON-NLS-1$
	}

	/**
	 * The feature's label in the Properties view; for a list of contents, which the Properties
	 * view does not show, the label EMF.Edit's resources give it; else its name in words.
	 */
	public String feature(EObject element, EStructuralFeature feature) {
		if (itemProviders.adapt(element, IItemPropertySource.class) instanceof IItemPropertySource source) {
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(element, feature);
			if (descriptor != null) {
				return descriptor.getDisplayName(element);
			}
		}
		String label = string(feature.getEContainingClass().getEPackage(),
				"_UI_" + feature.getEContainingClass().getName() + '_' + feature.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$
		return label != null ? label : displayName(feature.getName());
	}

	/** A feature's name as EMF.Edit would label it: {@code sizeFixed} as "Size Fixed". */
	private static String displayName(String name) {
		StringBuilder label = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (i == 0) {
				label.append(Character.toUpperCase(c));
			} else {
				if (Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
					label.append(' ');
				}
				label.append(c);
			}
		}
		return label.toString();
	}

	/** A value as the Properties view shows it; an element by its name; {@code (none)} for none. */
	public String value(EStructuralFeature feature, Object value) {
		if (value == null || value instanceof List<?> empty && empty.isEmpty()) {
			return Messages.DiffText_none;
		}
		if (value instanceof EObject element) {
			return element(element);
		}
		if (value instanceof List<?> many) {
			return many.stream().map(item -> value(feature, item)).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
		if (value instanceof Enumerator literal && feature instanceof EAttribute attribute) {
			String label = string(attribute.getEAttributeType().getEPackage(),
					"_UI_" + attribute.getEAttributeType().getName() + '_' + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
			return label != null ? label : literal.getLiteral();
		}
		return EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
	}

	/** The element's type as the editor names it: "Shared Service". */
	public String typeOf(EObject element) {
		String label = string(element.eClass().getEPackage(), "_UI_" + element.eClass().getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
		return label != null ? label : element.eClass().getName();
	}

	/** A string of the EMF.Edit resources of the package, {@code null} when it has none of that key. */
	private String string(EPackage ePackage, String key) {
		ResourceLocator locator = resources.computeIfAbsent(ePackage, this::findResources).orElse(null);
		if (locator == null) {
			return null;
		}
		try {
			return locator.getString(key);
		} catch (RuntimeException missing) {
			return null;
		}
	}

	/** The resources of the package's item providers, which are its resource locators, found through a concrete class. */
	private Optional<ResourceLocator> findResources(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
					&& itemProviders.adapt(EcoreUtil.create(eClass), IItemLabelProvider.class) instanceof ResourceLocator found) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}
}
