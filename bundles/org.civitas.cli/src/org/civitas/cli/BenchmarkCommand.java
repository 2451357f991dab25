package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code civitas benchmark [--elements 10000,100000] [--runs 5] [--dir D] [--validation]}: save
 * and load times of synthetic portfolios with Civitas's resource, side by side with a plain
 * EMF XMI load of the same file (an {@link XMIResourceImpl} with default options), and file
 * sizes. With {@code --validation}, also the time of a full validation with every installed
 * rule, and of the live re-check after one edit.
 * Each figure is the median of the runs, after unmeasured runs for at least two seconds (and
 * at least one), so that the JVM has compiled the code measured whatever the file's size:
 * with a single warm-up run, a small file is measured half interpreted.
 * Plain EMF has no index of ids by default, so it resolves each reference by searching the
 * model and its load time grows with the square of the size; {@code --no-baseline} leaves it
 * out for large sizes.
 */
@Command(name = "benchmark")
final class BenchmarkCommand extends CivitasCommand {

	/** How long the unmeasured runs before the measured ones last at least. */
	private static final long WARM_UP_NANOS = 2_000_000_000L;
	private static final long SEED = 42;

	@Option(names = "--elements", paramLabel = "N", split = ",", defaultValue = "10000,100000")
	private List<Integer> sizes;

	@Option(names = "--runs", paramLabel = "R", defaultValue = "5")
	private int runs;

	@Option(names = "--dir", paramLabel = "DIR")
	private String directory;

	@Option(names = "--no-baseline")
	private boolean noBaseline;

	@Option(names = "--validation")
	private boolean validation;

	@Option(names = "--diagram")
	private boolean diagram;

	@Option(names = "--nodes", paramLabel = "N", defaultValue = "1000")
	private int nodes;

	@Option(names = "--edges", paramLabel = "E", defaultValue = "1500")
	private int edges;

	@Override
	void run() throws CommandException {
		requireAtLeast("--runs", runs, 1); //$NON-NLS-1$
		if (diagram) {
			requireAtLeast("--nodes", nodes, 1); //$NON-NLS-1$
			requireAtLeast("--edges", edges, 0); //$NON-NLS-1$
			DiagramTimes.measure(nodes, edges, runs, out);
			return;
		}
		boolean baseline = !noBaseline;
		for (int size : sizes) {
			requireAtLeast("--elements", size, 10); //$NON-NLS-1$
		}
		Path folder = folder(directory);

		out.println(NLS.bind(Messages.BenchmarkCommand_header, new Object[] { runs, Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20 }));
		out.println(String.format("%10s %10s %12s %10s %10s %10s %8s", //$NON-NLS-1$
				"elements", "file MB", "bytes/elem", "save ms", "load ms", "raw ms", "ratio") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				+ (validation ? String.format(" %12s %10s %10s %10s", "validate ms", "v/load", "findings", "live ms") : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (int size : sizes) {
			Path file = folder.resolve("benchmark-" + size + ".portfolio"); //$NON-NLS-1$ //$NON-NLS-2$
			Portfolio portfolio = SyntheticPortfolio.generate(size, SEED);
			long elements = PortfolioFiles.countElements(portfolio);
			double save = median(runs, () -> save(portfolio, file));
			double load = median(runs, () -> load(file, true));
			double raw = baseline ? median(runs, () -> load(file, false)) : Double.NaN;
			long bytes = PortfolioFiles.size(file);
			String figures = String.format("%10d %10.1f %12.0f %10.0f %10.0f %10s %8s", elements, bytes / 1e6, //$NON-NLS-1$
					(double) bytes / elements, save, load, baseline ? String.format("%.0f", raw) : "-", //$NON-NLS-1$ //$NON-NLS-2$
					baseline ? String.format("%.2f", load / raw) : "-"); //$NON-NLS-1$ //$NON-NLS-2$
			out.println(validation ? figures + ValidationTimes.measure(file, runs, load) : figures);
		}
	}

	/** Something to time. */
	interface Measured {
		void run() throws CommandException;
	}

	/** Median milliseconds of {@code runs} runs of each of two things, run in alternation after a shared warm-up. */
	static double[] pairedMedians(int runs, Measured first, Measured second) throws CommandException {
		long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
		do {
			first.run();
			second.run();
		} while (System.nanoTime() - warmUpEnd < 0);
		double[][] millis = new double[2][runs];
		for (int run = 0; run < runs; run++) {
			millis[0][run] = time(first);
			millis[1][run] = time(second);
		}
		return new double[] { median(millis[0]), median(millis[1]) };
	}

	private static double time(Measured measured) throws CommandException {
		long start = System.nanoTime();
		measured.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(double[] millis) {
		Arrays.sort(millis);
		int runs = millis.length;
		return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
	}

	/** Median milliseconds of {@code runs} runs, after the warm-up. */
	static double median(int runs, Measured measured) throws CommandException {
		long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
		do {
			measured.run();
		} while (System.nanoTime() - warmUpEnd < 0);
		double[] millis = new double[runs];
		for (int run = 0; run < runs; run++) {
			millis[run] = time(measured);
		}
		return median(millis);
	}

	private static void save(Portfolio portfolio, Path file) throws CommandException {
		Resource resource = portfolio.eResource();
		if (resource == null) {
			PortfolioFiles.save(portfolio, file.toString());
			return;
		}
		try {
			resource.setModified(true);
			resource.save(Map.of());
		} catch (IOException failure) {
			throw CommandException.failure(failure.getMessage());
		}
	}

	private static void load(Path file, boolean civitas) throws CommandException {
		URI uri = URI.createFileURI(file.toString());
		Resource resource = civitas ? new PortfolioResourceFactory().createResource(uri) : new XMIResourceImpl(uri);
		new ResourceSetImpl().getResources().add(resource);
		try {
			resource.load(civitas ? Map.of() : null);
		} catch (IOException failure) {
			throw CommandException.failure(failure.getMessage());
		}
		if (resource.getContents().isEmpty()) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_empty, file));
		}
	}

	private static Path folder(String given) throws CommandException {
		try {
			return given != null ? Files.createDirectories(Path.of(given)) : Files.createTempDirectory("civitas-benchmark"); //$NON-NLS-1$
		} catch (IOException failure) {
			throw CommandException.failure(failure.toString());
		}
	}
}
