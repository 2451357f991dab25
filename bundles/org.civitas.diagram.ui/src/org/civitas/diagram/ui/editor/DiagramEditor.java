package org.civitas.diagram.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.editing.OpenDiagram;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.representation.DElement;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.core.sync.DroppedElement;
import org.civitas.diagram.core.sync.SyncReport;
import org.civitas.diagram.core.tools.ToolCommands;
import org.civitas.diagram.core.view.DiagramView;
import org.civitas.diagram.core.view.EdgeView;
import org.civitas.diagram.core.view.NodeView;
import org.civitas.diagram.spec.DiagramElementMapping;
import org.civitas.diagram.spec.DirectEditTool;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.GridLayout;
import org.civitas.diagram.spec.Layer;
import org.civitas.diagram.spec.NavigationTool;
import org.civitas.diagram.spec.NodeCreationTool;
import org.civitas.diagram.spec.TimelineLayout;
import org.civitas.diagram.spec.Tool;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.civitas.emf.xmi.ElementPositions;
import org.civitas.ui.emf.EditingDomainActionGroup;
import org.civitas.ui.emf.SelectionRelay;
import org.civitas.ui.emf.document.DocumentSaveable;
import org.civitas.ui.emf.document.ExternalChanges;
import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.civitas.ui.emf.properties.EmfTabbedProperties;
import org.civitas.validation.ui.DocumentValidation;
import org.civitas.validation.ui.LiveValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

/**
 * The editor of {@code .diagram} files: the diagram drawn by the engine, as export draws it,
 * and edited with the tools its specification gives. The diagram shares its model's document
 * with the model editor and the model's other diagrams: every change, to the model or the
 * layout, is one command on one stack, so Undo and Redo work across them, and Save saves them
 * together. The diagram follows changes made elsewhere as they happen.
 */
public class DiagramEditor extends EditorPart
		implements IEditingDomainProvider, ISaveablesSource, ITabbedPropertySheetPageContributor, Gestures.Host {

	/** Id of the editor, as registered in {@code plugin.xml}. */
	public static final String ID = "org.civitas.diagram.ui.editor"; //$NON-NLS-1$
	/** The key under which widgets carry the id UI tests find them by (the test harness's). */
	private static final String WIDGET_ID_KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	private ModelDocument document;
	private DocumentSaveable saveable;
	private DocumentValidation documentValidation;
	/** The validation whose findings the diagram shows, {@code null} until the model is read. */
	private LiveValidation validation;
	private final Consumer<Set<EObject>> findingsChanged = changed -> Display.getDefault().asyncExec(this::showFindings);
	private ExternalChanges externalChanges;
	private EditingDomainActionGroup editActions;
	private DiagramActions actions;
	/** The handlers that give the diagram commands' keys to the current actions. */
	private List<IHandlerActivation> keyHandlers = List.of();
	private OpenDiagram diagram;
	private Hits hits;
	private DiagramCanvas canvas;
	private Palette palette;
	private Composite body;
	private DiagramOutlinePage outline;
	private final DiagramSelection selection = new DiagramSelection();
	/** The selection as the workbench sees it: the model elements the selected nodes and edges show. */
	private final SelectionRelay selectionProvider = new SelectionRelay(this::selectShowing);
	/**
	 * Later, not during the stack's notification: what the editor does in response (selection,
	 * Properties view) may add listeners to the stack, which it does not allow while notifying.
	 */
	private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::commandStackChanged);
	private final ISelectionListener linkedSelection = this::selectedElsewhere;
	private final ModelDocument.Listener documentListener = new ModelDocument.Listener() {
		@Override
		public void dirtyChanged() {
			onDisplay(() -> firePropertyChange(PROP_DIRTY));
		}

		@Override
		public void reloading() {
			onDisplay(DiagramEditor.this::letGoOfTheModel);
		}

		@Override
		public void reloaded() {
			onDisplay(DiagramEditor.this::reopen);
		}
	};
	/** Why the diagram cannot be shown, or {@code null}. */
	private String problem;
	/** The layout Arrange All is computing in the background, or {@code null}. */
	private Job arranging;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(Messages.DiagramEditor_notAFile);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		site.setSelectionProvider(selectionProvider);
		try {
			IFile modelFile = DiagramFiles.modelOf(file());
			document = ModelDocuments.acquire(WorkspaceFiles.uriOf(modelFile));
		} catch (IOException unreadable) {
			problem = unreadable.getMessage();
			return;
		}
		saveable = new DocumentSaveable(document);
		documentValidation = DocumentValidation.acquire(document);
		editActions = new EditingDomainActionGroup(document.getEditingDomain());
		document.getCommandStack().addCommandStackListener(stackListener);
		document.addListener(documentListener);
		externalChanges = new ExternalChanges(this, document, this::file, this::fileMoved);
		site.getPage().addPostSelectionListener(linkedSelection);
		selection.addListener(this::selectionChanged);
	}

	/** Follows the editor's file to where it was moved or renamed. */
	private void fileMoved(IFile target) {
		setInputWithNotify(new FileEditorInput(target));
		showTitle();
	}

	/** The diagram file being edited. */
	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	/**
	 * Shows the diagram, or, when its model is not read yet (no other editor has it open), a
	 * reading page while a job reads and validates the model, so that a large portfolio never
	 * holds the workbench still; the diagram replaces the page when the model is read.
	 */
	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.DIAGRAM_EDITOR);
		getSite().getService(IContextService.class).activateContext(DiagramCommands.CONTEXT);
		if (problem != null || document.isRead()) {
			if (problem == null) {
				problem = open();
			}
			build(parent);
			return;
		}
		String reading = showReading(parent);
		Job read = Job.create(reading, monitor -> {
			document.load();
			documentValidation.live();
			onDisplay(this::reopen);
		});
		read.setPriority(Job.SHORT);
		read.schedule();
	}

	/** A page saying that the model is being read, with a progress bar; returns what it says. */
	private String showReading(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(body);
		String reading = NLS.bind(Messages.DiagramEditor_reading, document.getUri().toPlatformString(true));
		new Label(body, SWT.NONE).setText(reading);
		GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(new ProgressBar(body, SWT.INDETERMINATE));
		return reading;
	}

	/** The model is about to be dropped and read again: the reading page replaces the diagram until it is. */
	private void letGoOfTheModel() {
		if (arranging != null) {
			arranging.cancel();
		}
		Composite parent = closeDiagram();
		if (parent != null) {
			showReading(parent);
			parent.layout(true, true);
		}
	}

	/** Stops showing the diagram and takes its widgets away; returns where they were, or {@code null}. */
	private Composite closeDiagram() {
		if (body == null || body.isDisposed()) {
			return null;
		}
		if (diagram != null) {
			diagram.close();
			diagram = null;
		}
		selection.set(List.of());
		Composite parent = body.getParent();
		body.dispose();
		return parent;
	}

	/** The editor's widgets: tool bar, palette and canvas, or the reason the diagram cannot be shown. */
	private void build(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(body);
		if (problem != null) {
			showProblem();
			return;
		}
		actions = new DiagramActions(this);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.deactivateHandlers(keyHandlers);
		keyHandlers = actions.activateKeys(handlers);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(actions.createToolBar(body));
		palette = new Palette(body, tool -> canvas.setCursor(tool == null ? null
				: canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS)),
				new ToolIcons(((AdapterFactoryEditingDomain) document.getEditingDomain()).getAdapterFactory()));
		GridDataFactory.fillDefaults().grab(false, true).applyTo(palette.control());
		canvas = new DiagramCanvas(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		palette.placeBeside(body);
		actions.attach(canvas);
		new Gestures(canvas, this);
		actions.hookContextMenu(canvas, getSite());
		palette.show(diagram.type(), diagram.representation().getActiveLayers());
		showDrawing();
		fitOnceSized(canvas);
	}

	/** Shows the whole diagram (up to 100%) once the canvas has its size in the workbench. */
	private static void fitOnceSized(DiagramCanvas canvas) {
		Listener fit = new Listener() {
			@Override
			public void handleEvent(Event event) {
				if (canvas.getClientArea().width > 0 && canvas.getClientArea().height > 0) {
					canvas.removeListener(SWT.Resize, this);
					canvas.zoomToFit();
				}
			}
		};
		canvas.addListener(SWT.Resize, fit);
	}

	/** Reads the diagram into its model's document; returns why it cannot be shown, or {@code null}. */
	private String open() {
		document.load();
		if (document.getResource() == null) {
			return NLS.bind(Messages.DiagramEditor_modelUnreadable, document.getLoadProblem());
		}
		Resource resource;
		try {
			resource = document.companion(WorkspaceFiles.uriOf(file()));
		} catch (IOException unreadable) {
			return unreadable.getMessage();
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Representation representation)) {
			return NLS.bind(Messages.DiagramEditor_notADiagram, file().getFullPath());
		}
		Optional<DiagramType> type = Viewpoints.contributed(ExpressionEngine.withContributedServices())
				.find(representation.getViewpoint(), representation.getDescription());
		if (type.isEmpty()) {
			return NLS.bind(Messages.DiagramEditor_unknownKind, representation.getViewpoint(),
					representation.getDescription());
		}
		if (ElementIds.resolve(document.getResource(), representation.getRoot()) == null) {
			return NLS.bind(Messages.DiagramEditor_rootMissing, representation.getRoot(), representation.getModel());
		}
		diagram = new OpenDiagram(document, representation, type.get());
		SyncReport opened = diagram.open();
		showRepairs(representation, opened);
		followValidation();
		showTitle();
		return null;
	}

	/**
	 * The tab names the diagram and its model ("Service portfolio map — Statewide E-mail
	 * Consolidation"), as a user tells diagrams apart.
	 */
	private void showTitle() {
		if (diagram == null) {
			setPartName(file().getName());
			return;
		}
		String diagramName = diagram.representation().getName();
		String title = diagramName == null || diagramName.isBlank() ? file().getName() : diagramName;
		String model = ElementNames.nameOf(diagram.root());
		setPartName(model == null ? title : NLS.bind(Messages.DiagramEditor_title, title, model));
	}

	/** The kind of diagram, then the file the workbench names for an editor. */
	@Override
	public String getTitleToolTip() {
		return diagram == null ? super.getTitleToolTip()
				: NLS.bind(Messages.DiagramEditor_titleTip, diagram.type().label(), super.getTitleToolTip());
	}

	/**
	 * What opening a damaged file had to repair or leave out (a position that is not a number,
	 * a node that stands for nothing), on the status line with the file and line of the first:
	 * the diagram is drawn as far as it can be, and the user is told what was not.
	 */
	private void showRepairs(Representation representation, SyncReport opened) {
		Resource resource = representation.eResource();
		String file = file().getLocation() != null ? file().getLocation().toOSString() : file().getFullPath().toString();
		List<String> notes = new ArrayList<>();
		for (Resource.Diagnostic repair : resource.getWarnings()) {
			notes.add(file + ':' + repair.getLine() + ": " + repair.getMessage()); //$NON-NLS-1$
		}
		for (DroppedElement dropped : opened == null ? List.<DroppedElement>of() : opened.dropped()) {
			DElement element = dropped.element();
			int line = resource instanceof ElementPositions positions ? positions.lineOf(element) : 0;
			notes.add(NLS.bind(dropped.unknownMapping() ? Messages.DiagramEditor_unknownMapping : Messages.DiagramEditor_missingElement,
					new Object[] { file + ':' + line, element.getId(),
							dropped.unknownMapping() ? element.getMapping() : element.getElement() }));
		}
		if (!notes.isEmpty()) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(notes.size() == 1 ? notes.get(0)
					: NLS.bind(Messages.DiagramEditor_moreRepairs, notes.get(0), notes.size() - 1));
		}
	}

	/** Decorates the diagram with the model's validation findings, and follows them. */
	private void followValidation() {
		if (validation != null) {
			validation.removeListener(findingsChanged);
		}
		validation = documentValidation.live();
		if (validation != null) {
			validation.addListener(findingsChanged);
			LiveValidation findings = validation;
			diagram.setProblems(findings::findingsFor);
		}
	}

	private void showFindings() {
		if (diagram != null && canvas != null && !canvas.isDisposed()) {
			diagram.setProblems(validation::findingsFor);
			showDrawing();
		}
	}

	/** Shows the diagram again: once its model is read, and after its files were read again from disk. */
	private void reopen() {
		Composite parent = closeDiagram();
		if (parent == null) {
			return;
		}
		problem = open();
		build(parent);
		parent.layout(true, true);
		// The workbench's Delete, Select All and the like go to the new diagram's actions.
		if (getSite().getPage().getActiveEditor() == this) {
			contributeTo(getEditorSite().getActionBars());
		}
	}

	private void showProblem() {
		Label message = new Label(body, SWT.WRAP);
		message.setText(NLS.bind(Messages.DiagramEditor_cannotShow, problem));
		message.setData(WIDGET_ID_KEY, "diagram.editor.problem"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(500, SWT.DEFAULT).indent(12, 12).applyTo(message);
	}

	private void showDrawing() {
		hits = new Hits(diagram.view(), diagram.scene());
		canvas.setScene(diagram.scene());
		if (outline != null) {
			outline.sceneChanged();
		}
	}

	private void commandStackChanged() {
		if (body == null || body.isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		if (diagram == null || canvas == null || canvas.isDisposed()) {
			return;
		}
		// The model may have been renamed.
		showTitle();
		diagram.bringUpToDate();
		if (validation != null) {
			// Whether or not the model editor is open: the decorations follow every edit.
			validation.modelChanged();
		}
		selection.retainShown(diagram.view());
		palette.show(diagram.type(), diagram.representation().getActiveLayers());
		actions.update();
		showDrawing();
		Command last = document.getCommandStack().getMostRecentCommand();
		if (last != null && getSite().getPage().getActivePart() == this) {
			selectCreated(last.getAffectedObjects());
		}
	}

	/** After a command made here, selects the nodes of the elements it created or changed. */
	private void selectCreated(Collection<?> affected) {
		if (affected.stream().allMatch(DElement.class::isInstance)) {
			return; // a layout change: the selection stays as it was
		}
		List<EObject> shown = affected.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		if (!shown.isEmpty()) {
			DiagramSelection found = new DiagramSelection();
			found.showing(diagram.view(), shown);
			if (!found.isEmpty()) {
				selection.set(found.elements());
			}
		}
	}

	private void selectionChanged() {
		if (canvas == null || canvas.isDisposed() || diagram == null) {
			return;
		}
		canvas.redraw();
		actions.update();
		selectionProvider.selected(new StructuredSelection(selection.modelElements(diagram.view())));
	}

	/** Another part of the same model selected elements: this diagram selects them too. */
	private void selectedElsewhere(IWorkbenchPart part, ISelection chosen) {
		if (part == this || diagram == null || canvas == null || canvas.isDisposed()
				|| !(chosen instanceof IStructuredSelection structured) || structured.isEmpty()
				|| part.getAdapter(EditingDomain.class) != document.getEditingDomain()) {
			return;
		}
		selection.showing(diagram.view(), structured.toList());
		revealSelection();
	}

	/** Selects the nodes and edges showing model elements, as Show In and linked views ask. */
	private void selectShowing(ISelection wanted) {
		if (diagram != null && wanted instanceof IStructuredSelection structured) {
			selection.showing(diagram.view(), structured.toList());
			revealSelection();
		}
	}

	private void revealSelection() {
		List<NodeView> nodes = selection.nodes(diagram.view());
		if (!nodes.isEmpty()) {
			NodeView first = nodes.get(0);
			canvas.reveal(first.absoluteX(), first.absoluteY(), first.node().getWidth(), first.node().getHeight());
		}
	}

	// Gestures.Host: what the canvas gestures do to the diagram and the model.

	@Override
	public OpenDiagram diagram() {
		return diagram;
	}

	@Override
	public Hits hits() {
		return hits;
	}

	@Override
	public DiagramSelection selection() {
		return selection;
	}

	@Override
	public Tool activeTool() {
		return palette.active();
	}

	@Override
	public void toolUsed() {
		palette.reset();
	}

	@Override
	public boolean movable() {
		var layout = diagram.type().description().getLayout();
		return !(layout instanceof GridLayout) && !(layout instanceof TimelineLayout);
	}

	@Override
	public void move(List<NodeView> nodes, double dx, double dy) {
		execute(diagram.move(nodes, dx, dy));
	}

	@Override
	public void resize(NodeView node, double x, double y, double width, double height) {
		execute(diagram.resize(node, x, y, width, height));
	}

	@Override
	public void create(NodeCreationTool tool, NodeView container, double x, double y) {
		Command create = tools().createNode(tool, container == null ? null : container.node());
		if (!create.canExecute()) {
			status(NLS.bind(Messages.DiagramEditor_cannotCreate, DiagramType.labelOf(tool)));
			return;
		}
		diagram.executeAt(create, x, y);
		// After the editor has drawn and selected the new node, in response to the command.
		canvas.getDisplay().asyncExec(() -> {
			List<NodeView> created = canvas.isDisposed() ? List.of() : selection.nodes(diagram.view());
			if (created.size() == 1 && directEditTool(created.get(0).mapping()) != null) {
				startDirectEdit();
			}
		});
	}

	@Override
	public void connect(EdgeCreationTool tool, NodeView source, NodeView target) {
		if (!tool.getMapping().getSourceMappings().contains(source.mapping())
				|| !tool.getMapping().getTargetMappings().contains(target.mapping())) {
			status(NLS.bind(Messages.DiagramEditor_cannotConnect, new Object[] { DiagramType.labelOf(tool),
					source.label(), target.label() }));
			return;
		}
		Command connect = tools().createEdge(tool, source.element(), target.element());
		if (connect.canExecute()) {
			execute(connect);
		}
	}

	@Override
	public EdgeCreationTool reconnectionTool(EdgeView edge) {
		return diagram.reconnectionTool(edge);
	}

	@Override
	public void reconnect(EdgeView edge, boolean sourceEnd, NodeView to) {
		EdgeCreationTool tool = reconnectionTool(edge);
		boolean allowed = (sourceEnd ? tool.getMapping().getSourceMappings() : tool.getMapping().getTargetMappings())
				.contains(to.mapping());
		Command reconnect = allowed ? tools().reconnect(tool, edge.element(), edge.source().element(),
				edge.target().element(), sourceEnd, to.element()) : null;
		if (reconnect == null || !reconnect.canExecute()) {
			status(NLS.bind(Messages.DiagramEditor_cannotReconnect, edge.label().isEmpty() ? DiagramType.labelOf(tool)
					: edge.label(), to.label()));
			return;
		}
		execute(reconnect);
	}

	@Override
	public void open(NodeView node, EdgeView edge) {
		DiagramElementMapping mapping = node != null ? node.mapping() : edge.mapping();
		EObject element = node != null ? node.element() : edge.element();
		Optional<NavigationTool> navigation = activeTools(NavigationTool.class).stream()
				.filter(tool -> tool.getMappings().contains(mapping)).findFirst();
		if (navigation.isPresent() && element != null) {
			navigate(navigation.get(), element);
		} else if (directEditTool(mapping) != null && element != null) {
			startDirectEdit();
		} else if (element != null) {
			showInModel(List.of(element));
		}
	}

	/** Opens the diagram a navigation tool leads to for an element, creating it on first use. */
	private void navigate(NavigationTool tool, EObject element) {
		Optional<DiagramType> target = Viewpoints.contributed(ExpressionEngine.withContributedServices())
				.find(diagram.type().viewpoint(), tool.getDiagram().getName());
		if (target.isEmpty() || !target.get().appliesTo(element)) {
			status(NLS.bind(Messages.DiagramEditor_cannotNavigate, DiagramType.labelOf(tool)));
			return;
		}
		try {
			IFile modelFile = WorkspaceFiles.fileOf(document.getUri());
			IFile file = DiagramFiles.find(modelFile, target.get(), element).orElse(null);
			if (file == null) {
				String name = NLS.bind(Messages.DiagramEditor_navigatedName, target.get().label(),
						element.eClass().getEStructuralFeature("name") == null ? ElementIds.idOf(element) //$NON-NLS-1$
								: String.valueOf(element.eGet(element.eClass().getEStructuralFeature("name")))); //$NON-NLS-1$
				file = DiagramFiles.create(modelFile, target.get(), element, name);
			}
			IDE.openEditor(getSite().getPage(), file, ID);
		} catch (IOException | CoreException failed) {
			ErrorDialog.openError(getSite().getShell(), null, null,
					Status.error(NLS.bind(Messages.DiagramEditor_navigationFailed, String.valueOf(failed.getMessage())),
							failed));
		}
	}

	/** Shows elements in the editor of the model file, opening it if needed. */
	void showInModel(List<EObject> elements) {
		IFile modelFile = WorkspaceFiles.fileOf(document.getUri());
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), modelFile);
			if (editor != null && editor.getSite().getSelectionProvider() != null) {
				editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(elements));
			}
		} catch (PartInitException failed) {
			ErrorDialog.openError(getSite().getShell(), null, null, failed.getStatus());
		}
	}

	/** Edits the label of the one node or edge selected, if a direct edit tool covers it. */
	void startDirectEdit() {
		List<NodeView> nodes = selection.nodes(diagram.view());
		List<EdgeView> edges = selection.edges(diagram.view());
		if (nodes.size() + edges.size() != 1) {
			return;
		}
		DiagramElementMapping mapping = nodes.isEmpty() ? edges.get(0).mapping() : nodes.get(0).mapping();
		EObject element = nodes.isEmpty() ? edges.get(0).element() : nodes.get(0).element();
		DirectEditTool tool = directEditTool(mapping);
		if (tool == null || element == null || element.eClass().getEStructuralFeature(tool.getFeature()) == null) {
			status(Messages.DiagramEditor_cannotEdit);
			return;
		}
		Object value = element.eGet(element.eClass().getEStructuralFeature(tool.getFeature()));
		double[] box = nodes.isEmpty() ? hits.labelBoxOf(edges.get(0)) : new double[] { nodes.get(0).absoluteX(),
				nodes.get(0).absoluteY(), nodes.get(0).node().getWidth(), nodes.get(0).node().getHeight() };
		new DirectEdit(canvas, box, value == null ? "" : String.valueOf(value), text -> { //$NON-NLS-1$
			Command edit = tools().directEdit(tool, element, text);
			if (edit.canExecute()) {
				execute(edit);
			}
		});
	}

	boolean canDirectEdit() {
		List<NodeView> nodes = selection.nodes(diagram.view());
		List<EdgeView> edges = selection.edges(diagram.view());
		return nodes.size() + edges.size() == 1
				&& directEditTool(nodes.isEmpty() ? edges.get(0).mapping() : nodes.get(0).mapping()) != null;
	}

	private DirectEditTool directEditTool(DiagramElementMapping mapping) {
		return activeTools(DirectEditTool.class).stream().filter(tool -> tool.getMappings().contains(mapping))
				.findFirst().orElse(null);
	}

	/** The model elements of the selection that a delete tool allows deleting, or none if one is not. */
	List<EObject> deletableSelection() {
		return diagram.deletable(selection.nodes(diagram.view()), selection.edges(diagram.view()));
	}

	/** Deletes the selected elements from the model, with everything they contain, in one command. */
	void deleteFromModel() {
		Command delete = diagram.delete(selection.nodes(diagram.view()), selection.edges(diagram.view()));
		if (delete == null) {
			status(Messages.DiagramEditor_cannotDelete);
			return;
		}
		execute(delete);
	}

	/** Hides the selected nodes and edges on this diagram; the model keeps them. */
	void hideSelection() {
		execute(diagram.hide(selection.elements()));
	}

	boolean hasHidden() {
		return diagram.hasHidden();
	}

	/** Shows again everything hidden on this diagram. */
	void showHidden() {
		execute(diagram.showHidden());
	}

	/** Pins the selected nodes where they are (Arrange All leaves them), or unpins them if all are pinned. */
	void togglePinned() {
		execute(diagram.pin(selection.nodes(diagram.view()), !allPinned()));
	}

	boolean allPinned() {
		List<NodeView> nodes = selection.nodes(diagram.view());
		return !nodes.isEmpty() && nodes.stream().allMatch(node -> node.node().isPinned());
	}

	/**
	 * Lays the diagram out again in the background: ELK takes seconds on a diagram of a thousand
	 * nodes, which on the UI thread would hold the whole workbench still. The layout is computed
	 * on a copy, with progress and Cancel in the workbench's progress area, and applied as one
	 * undoable command when it is ready; the user goes on working meanwhile.
	 */
	void arrangeAll() {
		if (arranging != null) {
			return;
		}
		OpenDiagram.Detached detached = diagram.detach();
		if (detached == null) {
			return;
		}
		arranging = new ArrangeAllJob(diagram, detached);
		actions.update();
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(arranging);
	}

	/** Whether Arrange All is computing a layout now. */
	boolean isArranging() {
		return arranging != null;
	}

	/** The layout of Arrange All, on a copy of the diagram; its family is the editor, for those who wait for it. */
	private final class ArrangeAllJob extends Job {

		private final OpenDiagram arranged;
		private final OpenDiagram.Detached detached;

		ArrangeAllJob(OpenDiagram arranged, OpenDiagram.Detached detached) {
			super(NLS.bind(Messages.DiagramEditor_arranging, arranged.representation().getName()));
			this.arranged = arranged;
			this.detached = detached;
			setPriority(Job.INTERACTIVE);
			// Also when cancelled before it ran.
			addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					onDisplay(() -> adopt(!event.getResult().isOK()));
				}
			});
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
			OpenDiagram.arrangeAll(detached, monitor::isCanceled);
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		}

		/** Applies the layout, unless it was cancelled or the diagram was closed or read again meanwhile. */
		private void adopt(boolean cancelled) {
			arranging = null;
			if (canvas == null || canvas.isDisposed()) {
				return;
			}
			if (!cancelled && diagram == arranged) {
				execute(arranged.adoptCommand(Messages.DiagramEditor_arrangeAll, detached));
			}
			actions.update();
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == DiagramEditor.this;
		}
	}

	void arrangeSelection() {
		List<NodeView> nodes = selection.nodes(diagram.view()).stream().filter(node -> node.parent() == null).toList();
		if (nodes.size() > 1) {
			execute(diagram.arrangeCommand(Messages.DiagramEditor_arrangeSelection, nodes));
		}
	}

	/** Shows or hides an optional layer; its nodes, edges and tools come and go with it. */
	void toggleLayer(Layer layer) {
		execute(diagram.toggleLayer(layer));
	}

	/** Switches a filter on or off. */
	void toggleFilter(String filter, String label) {
		execute(diagram.toggleFilter(filter, label));
	}

	void selectAll() {
		DiagramView view = diagram.view();
		List<DElement> all = new ArrayList<>();
		view.allNodes().forEach(node -> all.add(node.node()));
		view.edges().forEach(edge -> all.add(edge.edge()));
		selection.set(all);
	}

	DiagramCanvas canvas() {
		return canvas;
	}

	/** The palette of the diagram, for tests that draw with it. */
	Palette palette() {
		return palette;
	}

	private ToolCommands tools() {
		return diagram.tools();
	}

	private <T extends Tool> List<T> activeTools(Class<T> kind) {
		return diagram.activeTools(kind);
	}

	private void execute(Command command) {
		document.getCommandStack().execute(command);
	}

	private void status(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		canvas.getDisplay().beep();
	}

	private static void onDisplay(Runnable task) {
		if (Display.getCurrent() != null) {
			task.run();
		} else {
			Display.getDefault().asyncExec(task);
		}
	}

	/** Fills the workbench's Diagram menu with this editor's actions, as the contributor asks when it opens. */
	void fillDiagramMenu(IMenuManager menu) {
		if (actions != null) {
			actions.fillDiagramMenu(menu);
		}
	}

	/** Gives the workbench's edit actions to this editor, which the contributor calls on activation. */
	void contributeTo(IActionBars bars) {
		if (editActions == null) {
			return;
		}
		editActions.fillUndoRedo(bars);
		if (actions != null) {
			actions.fillActionBars(bars);
		}
		bars.updateActionBars();
	}

	@Override
	public void setFocus() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.setFocus();
		} else if (body != null) {
			body.setFocus();
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document == null ? null : document.getEditingDomain();
	}

	@Override
	public String getContributorId() {
		return EmfTabbedProperties.CONTRIBUTOR_ID;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		// Also while the model is read: the page shows the diagram once it is drawn.
		if (type == IContentOutlinePage.class && problem == null) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new DiagramOutlinePage(this);
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class && document != null) {
			return type.cast(EmfTabbedProperties.page(this, editActions, HelpContexts.PROPERTIES));
		}
		if (type == EditingDomain.class) {
			return type.cast(getEditingDomain());
		}
		if (type == LiveValidation.class) {
			return type.cast(validation);
		}
		return super.getAdapter(type);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			saveable.doSave(monitor);
		} catch (CoreException failed) {
			ErrorDialog.openError(getSite().getShell(), Messages.DiagramEditor_saveFailed, null, failed.getStatus());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// A diagram belongs beside its model under its own name; rename it in the Project Explorer.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Only the last open editor of the model offers to save it on closing; see {@link ModelDocuments#saveOnClose}. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return document != null && ModelDocuments.saveOnClose(document, this);
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public Saveable[] getSaveables() {
		return saveable == null ? new Saveable[0] : new Saveable[] { saveable };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public void dispose() {
		if (arranging != null) {
			arranging.cancel();
		}
		if (diagram != null) {
			diagram.close();
		}
		if (validation != null) {
			validation.removeListener(findingsChanged);
		}
		if (document != null) {
			documentValidation.release();
			getSite().getPage().removePostSelectionListener(linkedSelection);
			externalChanges.dispose();
			document.getCommandStack().removeCommandStackListener(stackListener);
			document.removeListener(documentListener);
			editActions.dispose();
		}
		super.dispose();
		if (document != null) {
			ModelDocuments.release(document, this);
		}
	}
}
