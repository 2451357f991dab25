package org.civitas.ui.emf;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/**
 * SWT images for the image objects that EMF.Edit item providers return (URLs, EMF URIs,
 * composed images with overlays, JFace descriptors). The images belong to a resource manager,
 * so each is made once per manager and disposed with it.
 */
public final class EmfImages {

	private final ResourceManager resources;

	public EmfImages(ResourceManager resources) {
		this.resources = resources;
	}

	/** The image for an item provider's image object, or {@code null} if it names none. */
	public Image get(Object emfImage) {
		ImageDescriptor descriptor = descriptor(emfImage);
		return descriptor == null ? null : resources.create(descriptor);
	}

	/** A descriptor for an item provider's image object, or {@code null} if it names none. */
	public static ImageDescriptor descriptor(Object emfImage) {
		if (emfImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (emfImage instanceof Image image) {
			return ImageDescriptor.createFromImage(image);
		}
		if (emfImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (emfImage instanceof URI uri) {
			try {
				return ImageDescriptor.createFromURL(new URL(uri.toString()));
			} catch (MalformedURLException e) {
				return null;
			}
		}
		if (emfImage instanceof ComposedImage composed) {
			return new ComposedImageDescriptor(composed);
		}
		return null;
	}

	/** An image drawn from several, as EMF composes a base icon with its overlays. */
	private static final class ComposedImageDescriptor extends CompositeImageDescriptor {

		private final ComposedImage composed;
		private final List<ImageDescriptor> layers = new ArrayList<>();

		ComposedImageDescriptor(ComposedImage composed) {
			this.composed = composed;
			for (Object image : composed.getImages()) {
				ImageDescriptor layer = descriptor(image);
				if (layer != null) {
					layers.add(layer);
				}
			}
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			List<ComposedImage.Point> points = composed.getDrawPoints(size(width, height));
			for (int index = 0; index < layers.size() && index < points.size(); index++) {
				drawImage(createCachedImageDataProvider(layers.get(index)), points.get(index).x, points.get(index).y);
			}
		}

		@Override
		protected Point getSize() {
			List<ComposedImage.Size> sizes = new ArrayList<>();
			for (ImageDescriptor layer : layers) {
				ImageData data = layer.getImageData(100);
				sizes.add(size(data == null ? 16 : data.width, data == null ? 16 : data.height));
			}
			ComposedImage.Size size = composed.getSize(sizes);
			return new Point(size.width, size.height);
		}

		private static ComposedImage.Size size(int width, int height) {
			ComposedImage.Size size = new ComposedImage.Size();
			size.width = width;
			size.height = height;
			return size;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ComposedImageDescriptor that && layers.equals(that.layers)
					&& composed.getClass() == that.composed.getClass();
		}

		@Override
		public int hashCode() {
			return Objects.hash(layers, composed.getClass());
		}
	}
}
