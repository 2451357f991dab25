package org.civitas.diagram.ui.editor;

import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.Tool;
import org.civitas.ui.emf.EmfImages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * The palette's icons: a creation tool shows the icon its model gives the kind of element it
 * creates (as the tree and the Properties view show it), a tool for a reference drawn as a line
 * a generic connection.
 */
final class ToolIcons {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final EmfImages images = new EmfImages(resources);
	private final AdapterFactory labels;

	ToolIcons(AdapterFactory labels) {
		this.labels = labels;
	}

	Image select() {
		return resources.create(DiagramIcons.tool("select.svg")); //$NON-NLS-1$
	}

	Image of(Tool tool, DiagramType type) {
		EClass created = null;
		if (tool instanceof NodeCreationTool node) {
			created = type.domainClass(node.getMapping());
		} else if (tool instanceof EdgeCreationTool edge) {
			created = type.domainClass(edge.getMapping());
		}
		if (created != null && !created.isAbstract() && !created.isInterface()) {
			EObject sample = EcoreUtil.create(created);
			if (labels.adapt(sample, IItemLabelProvider.class) instanceof IItemLabelProvider provider
					&& provider.getImage(sample) != null) {
				return images.get(provider.getImage(sample));
			}
		}
		return resources.create(DiagramIcons.tool(tool instanceof EdgeCreationTool ? "connection.svg" : "element.svg")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	void dispose() {
		resources.dispose();
	}
}
