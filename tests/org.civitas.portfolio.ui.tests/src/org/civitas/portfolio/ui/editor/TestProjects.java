package org.civitas.portfolio.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

/** Workspace projects holding copies of the fixtures, and editors opened on them. */
final class TestProjects {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestProjects() {
	}

	/** A new project with a copy of the fixture {@code name} from the fragment's {@code data} folder. */
	static IFile copyOfFixture(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ui-test-" + COUNTER.incrementAndGet());
		project.create(null);
		project.open(null);
		IFile file = project.getFile(name);
		URL fixture = FrameworkUtil.getBundle(TestProjects.class).findEntries("data", name, false).nextElement();
		try (InputStream content = fixture.openStream()) {
			file.create(content, IResource.NONE, null);
		}
		return file;
	}

	static PortfolioEditor open(IFile file) throws PartInitException {
		PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), file, PortfolioEditor.ID);
		UiDriver.processEvents();
		return editor;
	}

	static Tree tree(PortfolioEditor editor) {
		return Widgets.byId(WorkbenchDriver.partControl(editor), Tree.class, ModelTreePage.TREE_ID);
	}
}
