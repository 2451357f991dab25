package org.civitas.portfolio.ui.editor;

import java.io.IOException;

import org.civitas.testing.ui.TestWorkspace;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** Workspace projects holding copies of the fixtures, and editors opened on them. */
final class TestProjects {

	private TestProjects() {
	}

	/** A new project with a copy of the fixture {@code name} from the fragment's {@code data} folder. */
	static IFile copyOfFixture(String name) throws CoreException, IOException {
		return TestWorkspace.copyOfFixture(TestProjects.class, name);
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
