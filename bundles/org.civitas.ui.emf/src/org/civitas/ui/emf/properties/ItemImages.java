package org.civitas.ui.emf.properties;

import org.civitas.ui.emf.EmfImages;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/**
 * SWT images for the images of EMF.Edit item providers shown in the Properties view.
 * <p>
 * The images are kept in JFace's shared resource registry for the life of the workbench, as
 * EMF's own image registry does: item providers hand out a small, fixed set of icons, and
 * labels are asked for them far more often than any owner could track.
 */
final class ItemImages {

	private ItemImages() {
	}

	/** The image, or {@code null} when there is none or it cannot be read. */
	static Image image(Object itemImage) {
		if (itemImage instanceof Image image) {
			return image;
		}
		return new EmfImages(JFaceResources.getResources()).get(itemImage);
	}
}
