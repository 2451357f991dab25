package org.civitas.testing.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.osgi.framework.FrameworkUtil;

/** Fixtures copied into the test workbench's workspace, each into a project of its own. */
public final class TestWorkspace {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestWorkspace() {
	}

	/**
	 * A new project holding a copy of the fixture {@code name} from the {@code data} folder of
	 * the bundle (or fragment) that loaded {@code testClass}.
	 */
	public static IFile copyOfFixture(Class<?> testClass, String name) throws CoreException, IOException {
		Enumeration<URL> found = FrameworkUtil.getBundle(testClass).findEntries("data", name, false);
		if (found == null || !found.hasMoreElements()) {
			throw new IllegalArgumentException("no fixture data/" + name + " beside " + testClass.getName());
		}
		return copyInto("test-" + COUNTER.incrementAndGet(), found.nextElement(), name);
	}

	/** A new project of that name holding a copy of the file at {@code source}, named {@code name}. */
	public static IFile copyInto(String projectName, URL source, String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		project.create(null);
		project.open(null);
		IFile file = project.getFile(name);
		try (InputStream content = source.openStream()) {
			file.create(content, IResource.NONE, null);
		}
		return file;
	}
}
