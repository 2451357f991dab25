package org.civitas.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Pictures of what is on screen, for documentation and for looking at a failing test's state. */
public final class Screenshots {

	/** Where documentation screenshots go: {@code -Dcivitas.screenshots}, or {@code target/screenshots}. */
	public static final Path FOLDER = Path.of(System.getProperty("civitas.screenshots", "target/screenshots"));

	private Screenshots() {
	}

	/** The workbench window at the size the guides' screenshots have. */
	public static Shell documentedWindow() {
		Shell shell = WorkbenchDriver.shell();
		shell.setBounds(0, 0, 1440, 900);
		shell.layout(true, true);
		return shell;
	}

	/**
	 * Saves what {@code shell} shows once it has painted what the test just did (GTK paints after
	 * the events that cause it, so a picture taken at once can show the state before).
	 */
	public static Path captureWhenPainted(Shell shell, Path file) throws IOException {
		shell.redraw();
		long until = System.nanoTime() + 400_000_000L;
		while (System.nanoTime() < until) {
			UiDriver.processEvents();
			shell.update();
		}
		return capture(shell, file);
	}

	/** Saves what {@code shell} shows inside its frame as a PNG file, creating its folder. */
	public static Path capture(Shell shell, Path file) throws IOException {
		UiDriver.processEvents();
		Display display = shell.getDisplay();
		Rectangle bounds = display.map(shell, null, shell.getClientArea());
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.toAbsolutePath().getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
