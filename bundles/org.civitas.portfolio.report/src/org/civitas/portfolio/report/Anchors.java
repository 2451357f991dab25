package org.civitas.portfolio.report;

import org.civitas.report.html.HtmlReport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The place of an element in the board pack, by its id: tables anchor it there, other sections link to it. */
final class Anchors {

	private Anchors() {
	}

	static String of(EObject element) {
		String id = EcoreUtil.getID(element);
		return id == null ? null : HtmlReport.anchorOf(id);
	}
}
