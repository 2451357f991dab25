package org.civitas.validation.report;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.civitas.emf.xmi.ElementPositions;
import org.civitas.validation.ElementLabels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Works out where elements are, for any model. The path starts with the root's label; each
 * further step is the containment feature followed by the element's name, or by its position
 * in the feature's list (counting from 1) when it has no name.
 *
 * <p>A report locates every element under a container, so container paths and list positions
 * are remembered (a locator serves one state of the model): locating all elements of a 100,000-element list costs one pass over it, not
 * one per element.
 */
public final class ElementLocator {

	/** Between the steps of a path. */
	private static final String SEPARATOR = " / "; //$NON-NLS-1$

	/** A containment list of one container. */
	private record Slot(EObject container, EReference feature) {
	}

	private final Map<Resource, String> fileNames;
	private final Map<EObject, String> containerPaths = new ConcurrentHashMap<>();
	private final Map<Slot, Map<EObject, Integer>> positions = new ConcurrentHashMap<>();

	/** A locator that names files by their URI. */
	public ElementLocator() {
		this(Map.of());
	}

	/** @param fileNames how the report names the files of these resources; others go by their URI */
	ElementLocator(Map<Resource, String> fileNames) {
		this.fileNames = Map.copyOf(fileNames);
	}

	/** Where {@code element} is; valid until the model changes. */
	public ElementLocation locate(EObject element) {
		ElementPositions positions = element.eResource() instanceof ElementPositions known ? known : null;
		return new ElementLocation(fileOf(element), path(element), EcoreUtil.getURI(element).fragment(),
				ElementLabels.of(element), positions == null ? 0 : positions.lineOf(element),
				positions == null ? 0 : positions.columnOf(element));
	}

	/** The file of the element's resource as the report names it, or {@code null} outside any resource. */
	String fileOf(EObject element) {
		Resource resource = element.eResource();
		return resource == null ? null : fileName(resource);
	}

	private String fileName(Resource resource) {
		String given = fileNames.get(resource);
		if (given != null) {
			return given;
		}
		URI uri = resource.getURI();
		if (uri == null) {
			return null;
		}
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	String path(EObject element) {
		EObject container = element.eContainer();
		return container == null ? ElementLabels.of(element) : containerPath(container) + SEPARATOR + step(element, container);
	}

	private String containerPath(EObject container) {
		String known = containerPaths.get(container);
		if (known != null) {
			return known;
		}
		String path = path(container);
		containerPaths.put(container, path);
		return path;
	}

	private String step(EObject element, EObject container) {
		EReference feature = element.eContainmentFeature();
		Optional<String> name = ElementLabels.name(element);
		if (name.isPresent()) {
			return feature.getName() + SEPARATOR + name.get();
		}
		return feature.isMany() ? feature.getName() + '[' + position(element, container, feature) + ']' : feature.getName();
	}

	private int position(EObject element, EObject container, EReference feature) {
		return positions.computeIfAbsent(new Slot(container, feature), slot -> positionsIn((List<?>) container.eGet(feature)))
				.get(element);
	}

	private static Map<EObject, Integer> positionsIn(List<?> elements) {
		Map<EObject, Integer> positions = new IdentityHashMap<>(elements.size());
		int position = 1;
		for (Object element : elements) {
			positions.put((EObject) element, position++);
		}
		return positions;
	}
}
