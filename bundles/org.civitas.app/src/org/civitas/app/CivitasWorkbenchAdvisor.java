package org.civitas.app;

import org.civitas.examples.ExampleProjectInstaller;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Workbench life cycle of Civitas: IDE adapters and images for the workspace views, the
 * Portfolio perspective first, the example project in a new workspace, and a saved
 * workspace on exit.
 */
public class CivitasWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// Project Explorer, Problems and Properties need the resource adapters and images
		// that the Eclipse IDE application would otherwise register.
		IDE.registerAdapters();
		WorkspaceImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PortfolioPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CivitasWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		super.postStartup();
		WorkspaceJob job = new WorkspaceJob(Messages.Advisor_installingExamples) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ExampleProjectInstaller.installOnFirstStart(ResourcesPlugin.getWorkspace(), monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	@Override
	public void postShutdown() {
		// Saving the workspace records its tree, markers and settings, so that the next start
		// needs no refresh and loses nothing.
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		super.postShutdown();
	}
}
