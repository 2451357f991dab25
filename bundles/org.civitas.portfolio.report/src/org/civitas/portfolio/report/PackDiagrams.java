package org.civitas.portfolio.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.civitas.diagram.core.Drawing;
import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.files.RepresentationSummary;
import org.civitas.diagram.core.render.PngWriter;
import org.civitas.diagram.core.render.SvgWriter;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.validation.ValidationResult;
import org.eclipse.emf.ecore.EObject;

/**
 * The portfolio's diagrams as the pack shows them: the model's own {@code .diagram} file of that
 * kind where it exists (with its layout, brought up to date with the model in memory, never
 * saved), else one laid out automatically; as SVG for the HTML file and PNG for the PDF.
 */
final class PackDiagrams {

	/** Widest a diagram is shown, in CSS pixels. */
	private static final int WIDEST = 960;

	private PackDiagrams() {
	}

	static Optional<Block.Figure> of(ReportInput input, String kind, String caption) {
		EObject model = input.root();
		Viewpoints viewpoints = Viewpoints.contributed(ExpressionEngine.withContributedServices());
		ElementProblems problems = input.extra(ValidationResult.class).map(ElementProblems::of).orElse(ElementProblems.NONE);
		Path modelFile = Path.of(input.source()).toAbsolutePath();
		try {
			if (Files.isRegularFile(modelFile)) {
				for (RepresentationSummary summary : RepresentationFiles.list(modelFile)) {
					if (!kind.equals(summary.description())) {
						continue;
					}
					Representation representation = RepresentationFiles.load(summary.file());
					Optional<DiagramType> type = viewpoints.find(representation.getViewpoint(), representation.getDescription());
					EObject root = model.eResource() == null ? null : ElementIds.resolve(model.eResource(), representation.getRoot());
					if (type.isPresent() && root != null) {
						return Optional.of(picture(Drawings.refresh(type.get(), representation, root, problems), caption));
					}
				}
			}
			Optional<DiagramType> type = viewpoints.applicableTo(model).stream().filter(candidate -> candidate.name().equals(kind))
					.findFirst();
			if (type.isEmpty()) {
				return Optional.empty();
			}
			Representation representation = RepresentationFiles.create(type.get(), model, type.get().label(), modelFile,
					RepresentationFiles.newFile(modelFile, kind));
			return Optional.of(picture(Drawings.arrangeAll(type.get(), representation, model, problems), caption));
		} catch (IOException unreadable) {
			return Optional.empty();
		}
	}

	private static Block.Figure picture(Drawing drawing, String caption) throws IOException {
		Scene scene = drawing.scene();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(scene, 2, png);
		return new Block.Figure(caption, SvgWriter.toSvg(scene), png.toByteArray(), (int) Math.min(WIDEST, Math.ceil(scene.width())));
	}
}
