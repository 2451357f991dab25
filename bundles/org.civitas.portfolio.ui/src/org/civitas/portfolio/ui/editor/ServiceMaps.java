package org.civitas.portfolio.ui.editor;

import java.io.IOException;
import java.util.Optional;

import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;

/** The service map of a portfolio: the diagram a portfolio is first drawn on. */
public final class ServiceMaps {

	/** The kind of diagram, as the portfolio viewpoint names it. */
	public static final String KIND = "service-map"; //$NON-NLS-1$

	private ServiceMaps() {
	}

	/** The portfolio's first service map beside it, if it has one. */
	public static Optional<IFile> of(IFile portfolio) throws IOException {
		if (portfolio.getLocation() == null) {
			return Optional.empty();
		}
		for (RepresentationSummary summary : RepresentationFiles.list(portfolio.getLocation().toFile().toPath())) {
			if (KIND.equals(summary.description())) {
				return Optional.of(portfolio.getParent()
						.getFile(IPath.fromOSString(summary.file().getFileName().toString())));
			}
		}
		return Optional.empty();
	}
}
