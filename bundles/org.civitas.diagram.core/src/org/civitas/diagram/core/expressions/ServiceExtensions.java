package org.civitas.diagram.core.expressions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/** Reads the expression services contributed through the extension point. */
final class ServiceExtensions {

	/** Id of the extension point. */
	static final String EXTENSION_POINT = "org.civitas.diagram.core.services"; //$NON-NLS-1$

	private static final String BUNDLE = "org.civitas.diagram.core"; //$NON-NLS-1$

	private ServiceExtensions() {
	}

	/**
	 * The contributed services by namespace. A contribution that cannot be created, or that takes
	 * a namespace already taken, is left out with an error in the log naming the contributor.
	 */
	static Map<String, Object> contributed() {
		Map<String, Object> services = new LinkedHashMap<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String namespace = element.getAttribute("namespace"); //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			if (services.containsKey(namespace)) {
				log(Messages.format(Messages.ServiceExtensions_namespaceTaken, namespace, contributor), null);
				continue;
			}
			try {
				services.put(namespace, element.createExecutableExtension("class")); //$NON-NLS-1$
			} catch (CoreException failure) {
				log(Messages.format(Messages.ServiceExtensions_notCreated, namespace, contributor), failure);
			}
		}
		return services;
	}

	private static void log(String message, Throwable cause) {
		ILog.of(Platform.getBundle(BUNDLE)).log(new Status(IStatus.ERROR, BUNDLE, message, cause));
	}
}
