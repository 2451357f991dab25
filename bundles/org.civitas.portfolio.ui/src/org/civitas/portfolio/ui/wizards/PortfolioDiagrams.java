package org.civitas.portfolio.ui.wizards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.ui.editor.DiagramFiles;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.ui.editor.ServiceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The diagrams a new portfolio starts with: one of each kind drawn on the whole portfolio
 * (service map, governance, risk matrix, roadmap, dependencies), beside it and named as the
 * examples name theirs, so that the palette is one click away.
 */
final class PortfolioDiagrams {

	private PortfolioDiagrams() {
	}

	/**
	 * Creates the portfolio's diagrams, the service map first.
	 *
	 * @param saved the portfolio as saved in {@code portfolioFile}
	 * @return the created diagram files, the service map first
	 */
	static List<IFile> create(IFile portfolioFile, Portfolio saved, IProgressMonitor monitor)
			throws IOException, CoreException {
		List<DiagramType> kinds = new ArrayList<>(
				Viewpoints.contributed(ExpressionEngine.withContributedServices()).applicableTo(saved));
		kinds.sort((a, b) -> Boolean.compare(!a.name().equals(ServiceMaps.KIND), !b.name().equals(ServiceMaps.KIND)));
		SubMonitor progress = SubMonitor.convert(monitor, kinds.size());
		List<IFile> created = new ArrayList<>();
		for (DiagramType kind : kinds) {
			created.add(DiagramFiles.create(portfolioFile, kind, saved, kind.label()));
			progress.worked(1);
		}
		return created;
	}
}
