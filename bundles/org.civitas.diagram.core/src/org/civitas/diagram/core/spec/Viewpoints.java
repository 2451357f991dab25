package org.civitas.diagram.core.spec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.spec.Viewpoint;
import org.civitas.diagram.spec.resource.SpecificationResourceFactory;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.civitas.emf.xmi.LoadProblem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The viewpoints available: those contributed through the extension point
 * {@value #EXTENSION_POINT}, or a specification file a toolsmith is writing. Every
 * specification is checked when it is read.
 */
public final class Viewpoints {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.civitas.diagram.core.viewpoints"; //$NON-NLS-1$

	private static final String BUNDLE = "org.civitas.diagram.core"; //$NON-NLS-1$

	private final List<LoadedViewpoint> viewpoints;

	public Viewpoints(List<LoadedViewpoint> viewpoints) {
		this.viewpoints = List.copyOf(viewpoints);
	}

	/**
	 * The contributed viewpoints, read and checked now. Problems of a contributed specification
	 * are logged as well, naming the contributing bundle, since its author may not be the user
	 * who sees the diagrams.
	 */
	public static Viewpoints contributed(ExpressionEngine engine) {
		List<LoadedViewpoint> loaded = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			URI location = URI.createPlatformPluginURI(contributor + '/' + element.getAttribute("file"), true); //$NON-NLS-1$
			LoadedViewpoint viewpoint = load(location, engine);
			for (SpecificationProblem problem : viewpoint.problems()) {
				ILog.of(Platform.getBundle(BUNDLE)).log(new Status(problem.error() ? IStatus.ERROR : IStatus.WARNING,
						BUNDLE, Messages.format(Messages.Viewpoints_contributedProblem, contributor, problem)));
			}
			loaded.add(viewpoint);
		}
		return new Viewpoints(loaded);
	}

	/**
	 * Reads and checks a specification file. A file that cannot be read gives a viewpoint with no
	 * diagrams and one problem saying where reading stopped.
	 */
	public static LoadedViewpoint load(URI location, ExpressionEngine engine) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(SpecificationResourceFactory.FILE_EXTENSION,
				new SpecificationResourceFactory());
		Resource resource = resources.createResource(location);
		String file = location.lastSegment();
		try {
			resource.load(Map.of());
		} catch (IOException | RuntimeException unreadable) {
			return unreadable(location, resource, unreadable, file);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Viewpoint viewpoint)) {
			return new LoadedViewpoint(null, location, List.of(),
					List.of(new SpecificationProblem(true, file, 1, "", Messages.Viewpoints_notViewpoint))); //$NON-NLS-1$
		}
		return SpecificationChecker.check(viewpoint, location, engine, engine.services(), EPackage.Registry.INSTANCE);
	}

	private static LoadedViewpoint unreadable(URI location, Resource resource, Exception failure, String file) {
		LoadProblem problem = LoadProblem.of(resource.getURI(), failure);
		String message = problem.column() > 0
				? Messages.format(Messages.Viewpoints_unreadableAt, problem.message(), problem.column())
				: problem.message();
		return new LoadedViewpoint(null, location, List.of(),
				List.of(new SpecificationProblem(true, file, problem.line(), "", message))); //$NON-NLS-1$
	}

	/** Every viewpoint, in contribution order. */
	public List<LoadedViewpoint> all() {
		return viewpoints;
	}

	/** The diagram type a representation names, if its viewpoint is available and the description has no errors. */
	public Optional<DiagramType> find(String viewpoint, String description) {
		return viewpoints.stream().filter(loaded -> loaded.viewpoint() != null)
				.filter(loaded -> loaded.viewpoint().getName().equals(viewpoint)).findFirst()
				.flatMap(loaded -> loaded.diagram(description));
	}

	/** The diagram types whose root class the element has, in contribution and specification order. */
	public List<DiagramType> applicableTo(EObject root) {
		return viewpoints.stream().flatMap(loaded -> loaded.diagrams().stream()).filter(type -> type.appliesTo(root))
				.toList();
	}
}
