package org.civitas.portfolio.ui.navigator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.ui.editor.DiagramFiles;
import org.civitas.emf.xmi.LoadProblem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;

/**
 * Project Explorer content: a {@code .portfolio} file expands into its diagrams (the
 * {@code .diagram} files beside it that draw it, which open, rename and delete like any file)
 * and its portfolio's folders and elements. Files are read in a background job (a "Loading"
 * row stands in meanwhile), and read again when they change on disk.
 */
public class PortfolioNavigatorContent implements ITreeContentProvider, IResourceChangeListener {

	/** The row shown under a file while it is being read. */
	public record Loading(IFile file) {
	}

	private static final String DIAGRAM = "diagram"; //$NON-NLS-1$

	private StructuredViewer viewer;

	public PortfolioNavigatorContent() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (StructuredViewer) newViewer;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file) {
			Object content = NavigatorModels.INSTANCE.contentOf(file);
			if (content == null) {
				readInBackground(file);
				return new Object[] { new Loading(file) };
			}
			List<Object> children = new ArrayList<>(diagramsOf(file));
			if (content instanceof LoadProblem problem) {
				children.add(problem);
			} else {
				children.addAll(((Resource) content).getContents());
			}
			return children.toArray();
		}
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Loading loading) {
			return loading.file();
		}
		if (element instanceof IFile diagram && DIAGRAM.equals(diagram.getFileExtension())) {
			try {
				return DiagramFiles.modelOf(diagram);
			} catch (IOException unreadable) {
				return diagram.getParent();
			}
		}
		ITreeItemContentProvider provider = treeProvider(element);
		Object parent = provider == null ? null : provider.getParent(element);
		if (parent == null && element instanceof EObject eObject && eObject.eResource() != null) {
			return fileOf(eObject.eResource());
		}
		return parent;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IFile) {
			return true;
		}
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	/** The diagram files drawing a model file; none if the folder cannot be listed. */
	static List<IFile> diagramsOf(IFile modelFile) {
		if (modelFile.getLocation() == null) {
			return List.of();
		}
		try {
			return RepresentationFiles.list(modelFile.getLocation().toFile().toPath()).stream()
					.map(summary -> modelFile.getParent()
							.getFile(IPath.fromOSString(summary.file().getFileName().toString())))
					.toList();
		} catch (IOException unreadable) {
			return List.of();
		}
	}

	private static ITreeItemContentProvider treeProvider(Object element) {
		return NavigatorModels.INSTANCE.adapterFactory().adapt(element,
				ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider ? provider : null;
	}

	/** The workspace file a resource was read from. */
	static IFile fileOf(Resource resource) {
		return ResourcesPlugin.getWorkspace().getRoot()
				.getFile(IPath.fromPortableString(resource.getURI().toPlatformString(true)));
	}

	private void readInBackground(IFile file) {
		Job job = Job.create(NLS.bind(Messages.PortfolioNavigatorContent_reading, file.getName()), (IProgressMonitor monitor) -> {
			NavigatorModels.INSTANCE.read(file);
			refreshLater(file);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(file);
		job.schedule();
	}

	private void refreshLater(Object file) {
		StructuredViewer target = viewer;
		if (target != null && !target.getControl().isDisposed()) {
			target.getControl().getDisplay().asyncExec(() -> {
				if (!target.getControl().isDisposed()) {
					target.refresh(file);
				}
			});
		}
	}

	/**
	 * A changed portfolio file is read again the next time it is shown; a diagram that came,
	 * went or changed refreshes the models beside it.
	 */
	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && "portfolio".equals(file.getFileExtension()) //$NON-NLS-1$
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed.add(file);
				}
				if (delta.getResource() instanceof IFile file && DIAGRAM.equals(file.getFileExtension())) {
					refreshLater(file.getParent());
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		for (IFile file : changed) {
			NavigatorModels.INSTANCE.forget(file);
			if (file.exists()) {
				refreshLater(file);
			}
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		viewer = null;
	}
}
