package org.civitas.portfolio.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.civitas.testing.ui.Gestures;
import org.civitas.testing.ui.UiDriver;
import org.civitas.testing.ui.UiStalls;
import org.civitas.testing.ui.UiTestExtension;
import org.civitas.testing.ui.Widgets;
import org.civitas.testing.ui.WorkbenchDriver;
import org.civitas.validation.ui.LiveValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the portfolio editor takes to open on large generated portfolios (reading and
 * validating the file with every rule), to expand the folder of subscriptions (tens of
 * thousands of children), and to take one edit: the command, the live re-validation, the
 * decorations and the overview, until the user interface is idle again; and of that, the live
 * re-validation; saving and validating with every rule: on the UI thread as before, and how
 * long File &gt; Save and Validate now hold the user interface still while they work in the
 * background; and how long reading the file again after a change on disk holds it still. A benchmark that prints
 * figures, not a test: its name keeps it out of the normal test run. Run it with
 *
 * <pre>
 * xvfb-run -a ./mvnw -B verify -pl releng/org.civitas.codegen,features/org.civitas.product.feature,tests/org.civitas.portfolio.ui.tests -am \
 *     -Dtest=EditorScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcivitas.test.timeout=3600 "-Dcivitas.test.vmargs=-Xmx3g"
 * </pre>
 *
 * Each figure runs from the request to the moment the tree has painted the visible rows.
 */
@ExtendWith(UiTestExtension.class)
class EditorScaleBenchmark {

	/** Portfolio sizes, {@code -Dcivitas.benchmark.sizes=50000} to measure one. */
	private static final int[] SIZES = java.util.Arrays.stream(System.getProperty("civitas.benchmark.sizes", "10000,50000,100000")
			.split(",")).mapToInt(size -> Integer.parseInt(size.trim())).toArray();
	private static final int RUNS = 3;

	@Test
	void openTheEditorAndExpandTheLargestFolder() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		System.out.println("Portfolio editor on generated portfolios: median of " + RUNS + " runs after one warm-up");
		System.out.println(String.format("%10s %12s %10s %14s %14s %12s %10s %12s %10s %14s %14s", "elements",
				"file MB", "open ms", "open stall ms", "folder size", "expand ms", "findings", "validate ms", "edit ms", "save on UI ms",
				"save stall ms", "validate on UI", "validate stall", "reload stall"));
		for (int size : SIZES) {
			IFile file = generated(project, size);
			long[] open = new long[RUNS];
			long[] expand = new long[RUNS];
			double[] validate = new double[RUNS];
			double[] edit = new double[RUNS];
			double[] openStall = new double[RUNS];
			double[] saveOnUi = new double[RUNS];
			double[] saveStall = new double[RUNS];
			double[] validateOnUi = new double[RUNS];
			double[] validateStall = new double[RUNS];
			double[] reloadStall = new double[RUNS];
			int folderSize = 0;
			int findings = 0;
			for (int run = -1; run < RUNS; run++) {
				long started = System.nanoTime();
				PortfolioEditor[] opening = new PortfolioEditor[1];
				double stalled = UiStalls.longest(() -> opening[0] = openNow(file),
						() -> !Widgets.findAll(WorkbenchDriver.partControl(opening[0]), Tree.class, Tree::isVisible).isEmpty());
				PortfolioEditor editor = opening[0];
				Tree tree = TestProjects.tree(editor);
				TreeItem root = tree.getItem(0);
				root.getText();
				tree.update();
				long opened = System.nanoTime();
				TreeItem subscriptions = Widgets.treeItem(tree, root.getText(), subscriptionsLabel(root));
				long expandStarted = System.nanoTime();
				Widgets.expand(subscriptions);
				tree.update();
				long expanded = System.nanoTime();
				folderSize = subscriptions.getItemCount();
				findings = editor.getAdapter(LiveValidation.class).findings().size();
				double[] edited = editMillis(editor);
				double[] saved = saveMillis(editor);
				double[] validated = validateMillis(editor);
				double reloaded = reloadStallMillis(editor, file);
				if (run >= 0) {
					open[run] = (opened - started) / 1_000_000;
					openStall[run] = stalled;
					expand[run] = (expanded - expandStarted) / 1_000_000;
					validate[run] = edited[0];
					edit[run] = edited[1];
					saveOnUi[run] = saved[0];
					saveStall[run] = saved[1];
					validateOnUi[run] = validated[0];
					validateStall[run] = validated[1];
					reloadStall[run] = reloaded;
				}
				WorkbenchDriver.page().closeEditor(editor, false);
				UiDriver.processEvents();
			}
			Arrays.sort(validate);
			Arrays.sort(edit);
			Arrays.sort(saveOnUi);
			Arrays.sort(saveStall);
			Arrays.sort(openStall);
			Arrays.sort(validateOnUi);
			Arrays.sort(validateStall);
			Arrays.sort(reloadStall);
			System.out.println(String.format("%10d %12.1f %10d %14.0f %14d %12d %10d %12.2f %10.1f %14.0f %14.0f %15.0f %15.0f %13.0f", size,
					file.getLocation().toFile().length() / 1e6, median(open), openStall[RUNS / 2], folderSize, median(expand), findings,
					validate[RUNS / 2], edit[RUNS / 2], saveOnUi[RUNS / 2], saveStall[RUNS / 2],
					validateOnUi[RUNS / 2], validateStall[RUNS / 2], reloadStall[RUNS / 2]));
		}
	}

	/**
	 * Medians of renaming the first service seven times, selected as for an edit in the
	 * Properties view: the live re-validation alone, and the whole edit until the events it
	 * caused are handled. The names alternate between two of
	 * the same length, so that the tree's width stays as it is.
	 */
	private static double[] editMillis(PortfolioEditor editor) {
		SharedService service = editor.getPortfolio().getServices().get(0);
		EditingDomain domain = editor.getEditingDomain();
		LiveValidation validation = editor.getAdapter(LiveValidation.class);
		String name = service.getName();
		editor.reveal(new StructuredSelection(service));
		UiDriver.processEvents();
		double[] validating = new double[7];
		double[] editing = new double[validating.length];
		for (int i = 0; i < validating.length; i++) {
			long started = System.nanoTime();
			domain.getCommandStack().execute(SetCommand.create(domain, service, PortfolioPackage.Literals.NAMED__NAME,
					name + (i % 2 == 0 ? " A" : " B")));
			long executed = System.nanoTime();
			validation.modelChanged();
			validating[i] = (System.nanoTime() - executed) / 1e6;
			UiDriver.processEvents();
			editing[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(validating);
		Arrays.sort(editing);
		return new double[] { validating[validating.length / 2], editing[editing.length / 2] };
	}

	/**
	 * Saving after an edit: the editor's own save on the UI thread, as the workbench ran it
	 * before saves went to the background (the baseline); then File &gt; Save, and the longest
	 * the user interface stood still until the background save ended.
	 */
	private static double[] saveMillis(PortfolioEditor editor) {
		SharedService service = editor.getPortfolio().getServices().get(0);
		EditingDomain domain = editor.getEditingDomain();
		Runnable rename = () -> domain.getCommandStack().execute(SetCommand.create(domain, service,
				PortfolioPackage.Literals.NAMED__NAME, service.getName() + "."));
		rename.run();
		long started = System.nanoTime();
		editor.doSave(null);
		double onUi = (System.nanoTime() - started) / 1e6;
		rename.run();
		UiDriver.processEvents();
		Saveable saveable = editor.getSaveables()[0];
		double stall = UiStalls.longest(
				() -> Gestures.click(Widgets.menuItem(WorkbenchDriver.shell().getMenuBar(), "File", "Save")),
				() -> Job.getJobManager().find(saveable).length == 0 && !editor.isDirty());
		return new double[] { onUi, stall };
	}

	/**
	 * Validate with every rule: on the UI thread as before (the baseline), then with the
	 * Validate command, and the longest the user interface stood still until the findings arrived.
	 */
	private static double[] validateMillis(PortfolioEditor editor) throws Exception {
		LiveValidation validation = editor.getAdapter(LiveValidation.class);
		long started = System.nanoTime();
		validation.validateAll();
		double onUi = (System.nanoTime() - started) / 1e6;
		UiDriver.processEvents();
		boolean[] adopted = { false };
		Consumer<Set<EObject>> heard = changed -> adopted[0] = true;
		validation.addListener(heard);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		double stall = UiStalls.longest(() -> {
			try {
				handlers.executeCommand("org.civitas.validation.ui.validate", null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}, () -> adopted[0]);
		validation.removeListener(heard);
		return new double[] { onUi, stall };
	}

	/**
	 * The file changed on disk while the editor has no unsaved changes (a Git pull): the
	 * longest the user interface stood still until the editor showed the model read again.
	 */
	private static double reloadStallMillis(PortfolioEditor editor, IFile file) throws Exception {
		editor.doSave(null);
		Object before = editor.getPortfolio();
		byte[] content = file.getContents().readAllBytes();
		return UiStalls.longest(() -> {
			try {
				file.setContents(new ByteArrayInputStream(content), IResource.FORCE, null);
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		}, () -> {
			Tree tree = TestProjects.tree(editor);
			Object shown = tree.getItemCount() > 0 ? tree.getItem(0).getData() : null;
			return shown != null && shown != before && shown == editor.getPortfolio() && tree.isEnabled();
		});
	}

	private static PortfolioEditor openNow(IFile file) {
		try {
			return (PortfolioEditor) IDE.openEditor(WorkbenchDriver.page(), file, PortfolioEditor.ID);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	private static String subscriptionsLabel(TreeItem root) {
		for (TreeItem folder : root.getItems()) {
			if (folder.getText().startsWith("Subscriptions")) {
				return folder.getText();
			}
		}
		throw new AssertionError("no folder of subscriptions");
	}

	private static IFile generated(IProject project, int size) throws IOException, CoreException {
		IFile file = project.getFile("generated-" + size + ".portfolio");
		if (!file.exists()) {
			Resource resource = new ResourceSetImpl()
					.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
			resource.getContents().add(SyntheticPortfolio.generate(size, 42));
			resource.save(Map.of());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		}
		return file;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
