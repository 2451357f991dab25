package org.civitas.diagram.core.expressions;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What an expression may touch. Properties of model elements are their EMF features, read
 * through {@link EObject#eGet}; enumeration values read as their names, so that
 * {@code self.lifecycle == 'RETIRED'} works. Methods may be called on contributed services and
 * on a short list of text and collection queries, nothing else: no Java class is reachable,
 * nothing can be created and nothing can be assigned.
 */
final class SandboxedUberspect implements JexlUberspect {

	private static final Set<String> TEXT_METHODS = Set.of("startsWith", "endsWith", "contains", "toUpperCase", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"toLowerCase", "trim", "length", "isEmpty", "substring", "indexOf", "replace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty", "contains"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final JexlUberspect standard;
	private final Collection<Object> services;

	SandboxedUberspect(JexlUberspect standard, Collection<Object> services) {
		this.standard = standard;
		this.services = services;
	}

	/**
	 * A feature's value as an expression sees it: {@code null} for a feature that can be unset
	 * and is, since its default is not a value anyone chose (a service with no service line is in
	 * no service line's group).
	 */
	static Object valueOf(EObject element, EStructuralFeature feature) {
		if (feature.isUnsettable() && !element.eIsSet(feature)) {
			return null;
		}
		return readable(element.eGet(feature));
	}

	/** Reads a feature of a model element, as the value an expression sees. */
	private record FeatureGet(EStructuralFeature feature) implements JexlPropertyGet {

		@Override
		public Object invoke(Object element) {
			return valueOf((EObject) element, feature);
		}

		@Override
		public Object tryInvoke(Object element, Object key) {
			if (element instanceof EObject object && feature.getName().equals(key)
					&& object.eClass().getEAllStructuralFeatures().contains(feature)) {
				return invoke(element);
			}
			return JexlEngine.TRY_FAILED;
		}

		@Override
		public boolean tryFailed(Object result) {
			return result == JexlEngine.TRY_FAILED;
		}

		@Override
		public boolean isCacheable() {
			return true;
		}
	}

	static Object readable(Object value) {
		return value instanceof Enumerator literal ? literal.getName() : value;
	}

	@Override
	public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object object, Object identifier) {
		if (object instanceof EObject element) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(String.valueOf(identifier));
			return feature == null ? null : new FeatureGet(feature);
		}
		if (object instanceof List<?> || object instanceof Map<?, ?> || object != null && object.getClass().isArray()) {
			return standard.getPropertyGet(resolvers, object, identifier);
		}
		return null;
	}

	@Override
	public JexlPropertyGet getPropertyGet(Object object, Object identifier) {
		return getPropertyGet(null, object, identifier);
	}

	@Override
	public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object object, Object identifier,
			Object argument) {
		return null;
	}

	@Override
	public JexlPropertySet getPropertySet(Object object, Object identifier, Object argument) {
		return null;
	}

	@Override
	public JexlMethod getMethod(Object object, String method, Object... arguments) {
		boolean allowed = services.stream().anyMatch(service -> service == object)
				|| object instanceof String && TEXT_METHODS.contains(method)
				|| object instanceof Collection<?> && COLLECTION_METHODS.contains(method);
		if (allowed) {
			return standard.getMethod(object, method, arguments);
		}
		// Null-safe navigation would quietly turn a refused call into null; failing says why.
		return object == null || services.contains(object) ? null : new Refused(method);
	}

	/** A method the sandbox does not allow: calling it fails with a message naming it. */
	private record Refused(String method) implements JexlMethod {

		@Override
		public Object invoke(Object object, Object... arguments) {
			throw new UnsupportedOperationException(Messages.format(Messages.Expression_refusedMethod, method));
		}

		@Override
		public Object tryInvoke(String name, Object object, Object... arguments) {
			return JexlEngine.TRY_FAILED;
		}

		@Override
		public boolean tryFailed(Object result) {
			return result == JexlEngine.TRY_FAILED;
		}

		@Override
		public boolean isCacheable() {
			return false;
		}

		@Override
		public Class<?> getReturnType() {
			return Object.class;
		}
	}

	@Override
	public JexlMethod getConstructor(Object constructor, Object... arguments) {
		return null;
	}

	@Override
	public Class<?> getClassByName(String name) {
		return null;
	}

	@Override
	public Iterator<?> getIterator(Object object) {
		return object instanceof Iterable<?> || object != null && object.getClass().isArray()
				? standard.getIterator(object)
				: null;
	}

	@Override
	public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
		return standard.getArithmetic(arithmetic);
	}

	@Override
	public JexlOperator.Uberspect getOperator(JexlArithmetic arithmetic) {
		return standard.getOperator(arithmetic);
	}

	@Override
	public List<PropertyResolver> getResolvers(JexlOperator operator, Object object) {
		return standard.getResolvers(operator, object);
	}

	@Override
	public ClassLoader getClassLoader() {
		return standard.getClassLoader();
	}

	@Override
	public void setClassLoader(ClassLoader loader) {
		// Expressions never load classes, whatever loader the engine is given.
	}

	@Override
	public int getVersion() {
		return standard.getVersion();
	}
}
