package org.civitas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class ExampleProjectInstallerTest {

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private final IProject project = workspace.getRoot().getProject(ExampleProjectInstaller.EXAMPLE_PROJECT_NAME);

	@BeforeEach
	@AfterEach
	void startFromAWorkspaceThatNeverSawTheExample() throws Exception {
		project.delete(true, true, null);
		var preferences = InstanceScope.INSTANCE.getNode("org.civitas.examples");
		preferences.remove(ExampleProjectInstaller.OFFERED_PREFERENCE);
		preferences.flush();
	}

	@Test
	void createsTheExampleProjectWithTheShippedFiles() throws Exception {
		assertTrue(ExampleProjectInstaller.install(workspace, new NullProgressMonitor()));

		assertTrue(project.isOpen());
		IFile readme = project.getFile("README.md");
		assertTrue(readme.exists());
		assertEquals(shipped("README.md"), read(readme));
	}

	@Test
	void leavesAnExistingProjectOfTheSameNameUntouched() throws Exception {
		project.create(null);
		project.open(null);
		IFile readme = project.getFile("README.md");
		readme.create(new ByteArrayInputStream("my own notes".getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);

		assertFalse(ExampleProjectInstaller.install(workspace, new NullProgressMonitor()));

		assertEquals("my own notes", read(readme));
	}

	@Test
	void offersTheExampleOnlyOnTheFirstStartOfAWorkspace() throws Exception {
		assertTrue(ExampleProjectInstaller.installOnFirstStart(workspace, new NullProgressMonitor()));
		project.delete(true, true, null);

		assertFalse(ExampleProjectInstaller.installOnFirstStart(workspace, new NullProgressMonitor()));
		assertFalse(project.exists(), "a deleted example project stays deleted");
	}

	private static String read(IFile file) throws CoreException, IOException {
		try (InputStream content = file.getContents()) {
			return new String(content.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String shipped(String path) throws IOException {
		URL entry = FrameworkUtil.getBundle(ExampleProjectInstaller.class)
				.getEntry(ExampleProjectInstaller.SOURCE_FOLDER + "/" + path);
		try (InputStream content = entry.openStream()) {
			return new String(content.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
