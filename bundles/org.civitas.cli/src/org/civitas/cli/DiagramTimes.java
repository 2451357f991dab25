package org.civitas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.layout.Backdrop;
import org.civitas.diagram.core.layout.DiagramLayouter;
import org.civitas.diagram.core.layout.NodeSizes;
import org.civitas.diagram.core.layout.RawElkLayout;
import org.civitas.diagram.core.render.PngWriter;
import org.civitas.diagram.core.render.SvgWriter;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.scene.Scene;
import org.civitas.diagram.core.scene.SceneBuilder;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.style.TextMetrics;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.core.sync.DiagramSynchronizer;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.spec.LayeredLayout;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * {@code civitas benchmark --diagram}: the service dependencies diagram of a generated
 * portfolio with {@code nodes} services and {@code edges} dependencies, timed phase by phase
 * (synchronize, lay out, build the scene, write SVG, write PNG), beside ELK alone laying out the
 * same boxes and edges with the same options. Medians after a warm-up, like every benchmark.
 */
final class DiagramTimes {

	private static final long SEED = 42;

	private DiagramTimes() {
	}

	static void measure(int nodes, int edges, int runs, PrintStream out) throws CommandException {
		DiagramType type = new DiagramSupport().viewpoints().find("portfolio", "dependencies") //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> CommandException.failure(Messages.DiagramTimes_noDiagram));
		Portfolio portfolio = generate(nodes, edges);
		Path model = Path.of("benchmark.portfolio"); //$NON-NLS-1$
		Path file = RepresentationFiles.newFile(model, type.name());

		double sync = BenchmarkCommand.median(runs, () -> new DiagramSynchronizer(type)
				.synchronize(RepresentationFiles.create(type, portfolio, "d", model, file), portfolio)); //$NON-NLS-1$
		Representation representation = RepresentationFiles.create(type, portfolio, "d", model, file); //$NON-NLS-1$
		new DiagramSynchronizer(type).synchronize(representation, portfolio);
		NodeSizes sizes = new NodeSizes(TextMetrics.INSTANCE);
		DiagramLayouter layouter = new DiagramLayouter(sizes);
		Backdrop[] backdrop = new Backdrop[1];
		DiagramView[] view = new DiagramView[1];
		double styles = BenchmarkCommand.median(runs,
				() -> view[0] = DiagramView.of(type, representation, portfolio, new DiagramProblems()));
		backdrop[0] = layouter.arrangeAll(view[0]);
		double[][] boxes = representation.getNodes().stream()
				.map(node -> new double[] { node.getWidth(), node.getHeight() }).toArray(double[][]::new);
		List<DNode> order = representation.getNodes();
		int[][] links = representation.getEdges().stream()
				.map((DEdge edge) -> new int[] { order.indexOf(edge.getSource()), order.indexOf(edge.getTarget()) })
				.toArray(int[][]::new);
		LayeredLayout settings = (LayeredLayout) type.description().getLayout();
		// Machine noise on two cores swings single timings by a third, so the engine's layout and
		// ELK alone are timed in alternation, under the same conditions.
		double[] paired = BenchmarkCommand.pairedMedians(runs, () -> backdrop[0] = layouter.arrangeAll(view[0]),
				() -> RawElkLayout.layout(boxes, links, settings));
		double layout = paired[0];
		double raw = paired[1];
		SceneBuilder builder = new SceneBuilder(sizes, ElementProblems.NONE);
		Scene[] scene = new Scene[1];
		double build = BenchmarkCommand.median(runs, () -> scene[0] = builder.build(view[0], backdrop[0]));
		long[] bytes = new long[2];
		double svg = BenchmarkCommand.median(runs, () -> bytes[0] = write(scene[0], false));
		double png = BenchmarkCommand.median(runs, () -> bytes[1] = write(scene[0], true));

		// An open diagram after an edit: a rename changes a label only; a new service and its
		// dependency are placed beside the others, then removed again.
		SharedService first = portfolio.getServices().get(0);
		int[] edits = { 0 };
		double rename = BenchmarkCommand.median(runs, () -> {
			first.setName("Renamed " + ++edits[0]); //$NON-NLS-1$
			Drawings.refresh(type, representation, portfolio, ElementProblems.NONE);
		});
		double addAndRemove = BenchmarkCommand.median(runs, () -> {
			SharedService added = PortfolioFactory.eINSTANCE.createSharedService();
			added.setName("Added"); //$NON-NLS-1$
			added.getDependsOn().add(first);
			portfolio.getServices().add(added);
			Drawings.refresh(type, representation, portfolio, ElementProblems.NONE);
			portfolio.getServices().remove(added);
			Drawings.refresh(type, representation, portfolio, ElementProblems.NONE);
		});

		out.println(NLS.bind(Messages.DiagramTimes_header, new Object[] { representation.getNodes().size(),
				representation.getEdges().size(), runs, Runtime.version() }));
		out.println(String.format("%10s %10s %10s %10s %10s %10s %10s %10s %10s", "sync ms", "styles ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"layout ms", "scene ms", "svg ms", "png ms", "total ms", "raw elk ms", "overhead")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		out.println(String.format("%10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %9.0f%%", sync, styles, //$NON-NLS-1$
				layout, build, svg, png, sync + styles + layout + build + svg + png, raw,
				((styles + layout) / raw - 1) * 100));
		out.println(NLS.bind(Messages.DiagramTimes_refresh, String.format("%.1f", rename), //$NON-NLS-1$
				String.format("%.1f", addAndRemove))); //$NON-NLS-1$
		out.println(NLS.bind(Messages.DiagramTimes_sizes, new Object[] { Math.round(scene[0].width()),
				Math.round(scene[0].height()), bytes[0] >> 10, bytes[1] >> 10 }));
	}

	private static long write(Scene scene, boolean png) throws CommandException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (png) {
				PngWriter.write(scene, 1, bytes);
			} else {
				SvgWriter.write(scene, bytes);
			}
		} catch (IOException failure) {
			throw CommandException.failure(failure.getMessage());
		}
		return bytes.size();
	}

	/** Services named by number, with distinct random dependencies and no service depending on itself. */
	private static Portfolio generate(int nodes, int edges) throws CommandException {
		if (edges > (long) nodes * (nodes - 1)) {
			throw CommandException.usage(NLS.bind(Messages.DiagramTimes_tooManyEdges, edges, nodes));
		}
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI("memory:/benchmark.portfolio")); //$NON-NLS-1$
		new ResourceSetImpl().getResources().add(resource);
		Portfolio portfolio = SyntheticPortfolio.dependencyGraph(nodes, edges, SEED);
		resource.getContents().add(portfolio);
		return portfolio;
	}
}
