package org.civitas.diagram.ui.editor;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.framework.FrameworkUtil;

/** The icons of the diagram editor's tools, drawn as SVG so that they stay sharp at any scale. */
final class DiagramIcons {

	private DiagramIcons() {
	}

	static ImageDescriptor tool(String name) {
		return ImageDescriptor.createFromURL(FileLocator.find(FrameworkUtil.getBundle(DiagramIcons.class),
				IPath.fromPortableString("icons/tools/" + name))); //$NON-NLS-1$
	}
}
