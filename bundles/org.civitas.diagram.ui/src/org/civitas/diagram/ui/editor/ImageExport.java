package org.civitas.diagram.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.civitas.diagram.core.render.PngWriter;
import org.civitas.diagram.core.render.SvgWriter;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.files.SafeFiles;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram as an image, written by the same writers as {@code civitas export}, so a file
 * exported from the editor and one exported on the command line are the same.
 */
final class ImageExport {

	/** Image formats the editor exports. */
	enum Format {
		SVG("svg"), PNG("png"); //$NON-NLS-1$ //$NON-NLS-2$

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	private ImageExport() {
	}

	/** Writes the scene to a file as a whole; the previous file, if any, stays intact if writing fails. */
	static void write(Scene scene, Format format, Path target) throws IOException {
		SafeFiles.write(target, out -> {
			if (format == Format.SVG) {
				SvgWriter.write(scene, out);
			} else {
				PngWriter.write(scene, 1, out);
			}
		});
	}

	/** Puts the diagram on the clipboard as a picture, for pasting into documents and slides. */
	static void copy(Display display, Scene scene) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(scene, 1, png);
		ImageData image = new ImageData(new ByteArrayInputStream(png.toByteArray()));
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { image }, new Transfer[] { ImageTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}
