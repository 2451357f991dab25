package org.civitas.portfolio.ui.editor;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.CostPhase;
import org.civitas.portfolio.model.CostStatement;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.Risk;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.ui.HelpContexts;
import org.civitas.portfolio.ui.UiIds;
import org.civitas.emf.document.ModelDocument;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;

/**
 * The portfolio at a glance: services by lifecycle stage, costs before and after sharing,
 * the business cases' figures from the finance engine, and the risks that score highest.
 * Double-clicking a row shows that element in the model page. The page recomputes after
 * each change while it is in front, and when it comes to the front after changes.
 */
final class OverviewPage extends FormPage {

	static final String ID = "org.civitas.portfolio.ui.editor.overview"; //$NON-NLS-1$
	private static final int TOP_RISKS = 5;
	/** The width a section asks for before the columns share out the editor's width. */
	private static final int NARROW = 240;

	private final ModelDocument document;
	private boolean stale = true;
	private Composite nextStep;
	private Composite lifecycleRows;
	private Label costSummary;
	private TableViewer businessCases;
	private TableViewer risks;

	OverviewPage(PortfolioEditor editor, ModelDocument document) {
		super(editor, ID, Messages.OverviewPage_title);
		this.document = document;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		HelpContexts.set(form, HelpContexts.EDITOR_OVERVIEW_PAGE);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(16, 12).applyTo(form.getBody());

		nextStep = nextStep(toolkit, form.getBody());
		lifecycleRows = toolkit.createComposite(section(toolkit, form, Messages.OverviewPage_services));
		((Section) lifecycleRows.getParent()).setClient(lifecycleRows);
		Composite costs = toolkit.createComposite(section(toolkit, form, Messages.OverviewPage_costs));
		((Section) costs.getParent()).setClient(costs);
		GridLayoutFactory.fillDefaults().applyTo(costs);
		costSummary = toolkit.createLabel(costs, "", SWT.WRAP); //$NON-NLS-1$
		costSummary.setData(UiIds.KEY, "portfolio.overview.costs"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(NARROW, SWT.DEFAULT).applyTo(costSummary);

		businessCases = table(toolkit, form, Messages.OverviewPage_businessCases, "portfolio.overview.businessCases"); //$NON-NLS-1$
		column(businessCases, Messages.OverviewPage_name, 180, element -> PortfolioLabels.caption((BusinessCase) element));
		column(businessCases, Messages.OverviewPage_npv, 110, element -> money(((BusinessCase) element).getNpv()));
		column(businessCases, Messages.OverviewPage_irr, 80, element -> percent(((BusinessCase) element).getIrr()));
		column(businessCases, Messages.OverviewPage_payback, 90, element -> years(((BusinessCase) element).getSimplePayback()));
		column(businessCases, Messages.OverviewPage_discountedPayback, 120,
				element -> years(((BusinessCase) element).getDiscountedPayback()));
		column(businessCases, Messages.OverviewPage_roi, 80, element -> percent(((BusinessCase) element).getRoi()));

		risks = table(toolkit, form, Messages.OverviewPage_topRisks, "portfolio.overview.risks"); //$NON-NLS-1$
		column(risks, Messages.OverviewPage_name, 200, element -> PortfolioLabels.caption((Risk) element));
		column(risks, Messages.OverviewPage_level, 110, element -> NLS.bind(Messages.OverviewPage_levelAndScore,
				PortfolioLabels.enumLabel(((Risk) element).getLevel()), ((Risk) element).getScore()));
		column(risks, Messages.OverviewPage_residual, 110, element -> NLS.bind(Messages.OverviewPage_levelAndScore,
				PortfolioLabels.enumLabel(((Risk) element).getResidualLevel()), ((Risk) element).getResidualScore()));
		column(risks, Messages.OverviewPage_mitigations, 90,
				element -> String.valueOf(((Risk) element).getMitigations().size()));
		refresh();
	}

	/**
	 * What to do next in an empty portfolio, across both columns: the model tree or the palette
	 * of the service map.
	 */
	private Composite nextStep(FormToolkit toolkit, Composite body) {
		Composite step = toolkit.createComposite(body);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(step);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(step);
		Label intro = toolkit.createLabel(step, Messages.OverviewPage_emptyPortfolio, SWT.WRAP);
		intro.setFont(JFaceResources.getBannerFont());
		Hyperlink toModel = toolkit.createHyperlink(step, Messages.OverviewPage_emptyToModelPage, SWT.WRAP);
		toModel.setData(UiIds.KEY, "portfolio.overview.nextStep.model"); //$NON-NLS-1$
		toModel.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				((PortfolioEditor) getEditor()).showModelPage();
			}
		});
		Hyperlink toServiceMap = toolkit.createHyperlink(step, Messages.OverviewPage_emptyToServiceMap, SWT.WRAP);
		toServiceMap.setData(UiIds.KEY, "portfolio.overview.nextStep.serviceMap"); //$NON-NLS-1$
		toServiceMap.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				openServiceMap();
			}
		});
		return step;
	}

	/** Opens the portfolio's service map, or says that it has none yet and how to make one. */
	private void openServiceMap() {
		IFile portfolio = ((PortfolioEditor) getEditor()).file();
		try {
			Optional<IFile> serviceMap = ServiceMaps.of(portfolio);
			if (serviceMap.isPresent()) {
				IDE.openEditor(getSite().getPage(), serviceMap.get(), DiagramEditor.ID);
			} else {
				MessageDialog.openInformation(getSite().getShell(), Messages.OverviewPage_noServiceMapTitle,
						NLS.bind(Messages.OverviewPage_noServiceMap, portfolio.getName()));
			}
		} catch (IOException | PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.OverviewPage_noServiceMapTitle, null,
					Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	/**
	 * A titled section in one of the two columns. Sections ask for little width, so that the
	 * columns share the editor's width instead of growing to their tables' full width.
	 */
	private static Composite section(FormToolkit toolkit, ScrolledForm form, String title) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).hint(NARROW, SWT.DEFAULT).applyTo(section);
		return section;
	}

	private TableViewer table(FormToolkit toolkit, ScrolledForm form, String title, String testId) {
		Composite section = section(toolkit, form, title);
		GridDataFactory.fillDefaults().grab(true, true).hint(NARROW, SWT.DEFAULT).applyTo(section);
		TableViewer viewer = new TableViewer(section, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setData(UiIds.KEY, testId);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(event -> ((PortfolioEditor) getEditor()).reveal(event.getSelection()));
		((Section) section).setClient(viewer.getControl());
		GridDataFactory.fillDefaults().grab(true, true).hint(NARROW, 140).applyTo(viewer.getControl());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	/** Called after every change to the model; work waits until the page is in front. */
	void modelChanged() {
		stale = true;
		if (isActive()) {
			refresh();
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			refresh();
		}
	}

	private void refresh() {
		Portfolio portfolio = document.getRoot() instanceof Portfolio root ? root : null;
		if (lifecycleRows == null || lifecycleRows.isDisposed() || portfolio == null) {
			return;
		}
		stale = false;
		getManagedForm().getForm().setText(PortfolioLabels.label(portfolio));
		boolean empty = portfolio.getServices().isEmpty() && portfolio.getOrganizations().isEmpty();
		nextStep.setVisible(empty);
		((GridData) nextStep.getLayoutData()).exclude = !empty;
		showLifecycles(portfolio);
		showCosts(portfolio);
		businessCases.setInput(portfolio.getBusinessCases().toArray());
		List<Risk> ranked = new ArrayList<>(portfolio.getRisks());
		ranked.sort(Comparator.comparingInt(Risk::getScore).reversed());
		risks.setInput(ranked.subList(0, Math.min(TOP_RISKS, ranked.size())).toArray());
		getManagedForm().getForm().reflow(true);
	}

	/** One row per lifecycle stage: its name, a bar in proportion, the count. */
	private void showLifecycles(Portfolio portfolio) {
		for (var child : lifecycleRows.getChildren()) {
			child.dispose();
		}
		Map<LifecycleStage, Integer> counts = new EnumMap<>(LifecycleStage.class);
		for (SharedService service : portfolio.getServices()) {
			counts.merge(service.getLifecycle(), 1, Integer::sum);
		}
		int largest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		FormToolkit toolkit = getManagedForm().getToolkit();
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(lifecycleRows);
		Color bar = lifecycleRows.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		for (LifecycleStage stage : LifecycleStage.values()) {
			int count = counts.getOrDefault(stage, 0);
			toolkit.createLabel(lifecycleRows, PortfolioLabels.enumLabel(stage));
			Canvas canvas = new Canvas(lifecycleRows, SWT.NONE);
			toolkit.adapt(canvas);
			GridDataFactory.fillDefaults().grab(true, false).hint(NARROW / 4, 12).applyTo(canvas);
			canvas.addPaintListener(event -> {
				int width = canvas.getClientArea().width * count / Math.max(largest, 1);
				event.gc.setBackground(bar);
				event.gc.fillRectangle(0, 1, width, canvas.getClientArea().height - 2);
			});
			Label number = toolkit.createLabel(lifecycleRows, String.valueOf(count));
			number.setData(UiIds.KEY, "portfolio.overview.lifecycle." + stage.getName()); //$NON-NLS-1$
		}
		lifecycleRows.layout(true, true);
	}

	/** Baseline, projected and post-migration totals, and what sharing saves against the baseline. */
	private void showCosts(Portfolio portfolio) {
		Map<CostPhase, Double> totals = new EnumMap<>(CostPhase.class);
		for (CostStatement statement : portfolio.getCostStatements()) {
			totals.merge(statement.getPhase(), statement.getTotal(), Double::sum);
		}
		double baseline = totals.getOrDefault(CostPhase.BASELINE, 0.0);
		double after = totals.getOrDefault(CostPhase.POST_MIGRATION, 0.0);
		StringBuilder text = new StringBuilder();
		for (CostPhase phase : CostPhase.values()) {
			text.append(NLS.bind(Messages.OverviewPage_costLine, PortfolioLabels.enumLabel(phase),
					money(totals.getOrDefault(phase, 0.0)))).append('\n');
		}
		if (baseline > 0 && totals.containsKey(CostPhase.POST_MIGRATION)) {
			text.append(NLS.bind(Messages.OverviewPage_savings, money(baseline - after), percent((baseline - after) / baseline)));
		} else {
			text.append(Messages.OverviewPage_noComparison);
		}
		costSummary.setText(text.toString());
	}

	private String money(double amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance();
		String code = document.getRoot() instanceof Portfolio portfolio ? portfolio.getCurrency() : null;
		try {
			if (code != null) {
				format.setCurrency(Currency.getInstance(code));
			}
		} catch (IllegalArgumentException unknownCode) {
			return NumberFormat.getNumberInstance().format(Math.round(amount)) + " " + code; //$NON-NLS-1$
		}
		format.setMaximumFractionDigits(0);
		return format.format(amount);
	}

	private static String percent(Double value) {
		if (value == null) {
			return Messages.OverviewPage_none;
		}
		NumberFormat format = NumberFormat.getPercentInstance();
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	private static String years(Double value) {
		return value == null ? Messages.OverviewPage_never : NLS.bind(Messages.OverviewPage_years, String.format("%.2f", value)); //$NON-NLS-1$
	}
}
