package org.civitas.portfolio.ui.wizards;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.RiskLevel;
import org.civitas.portfolio.ui.HelpContexts;
import org.civitas.portfolio.ui.UiIds;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * What a new portfolio starts from: an empty portfolio with its name, jurisdiction, currency,
 * discount rate and fiscal year, or a copy of one of the shipped examples.
 */
final class StartingPointPage extends WizardPage {

	static final String EMPTY_ID = "portfolio.wizard.empty"; //$NON-NLS-1$
	static final String EXAMPLE_ID = "portfolio.wizard.example"; //$NON-NLS-1$
	static final String EXAMPLES_ID = "portfolio.wizard.examples"; //$NON-NLS-1$
	static final String NAME_ID = "portfolio.wizard.name"; //$NON-NLS-1$

	private final Map<String, URL> examples = new LinkedHashMap<>();
	private Button empty;
	private Text name;
	private Text jurisdiction;
	private Text currency;
	private Spinner discountRate;
	private Spinner fiscalYearStart;
	private List exampleList;

	StartingPointPage() {
		super("startingPoint"); //$NON-NLS-1$
		setTitle(Messages.StartingPointPage_title);
		setDescription(Messages.StartingPointPage_description);
		for (URL example : ExamplePortfolios.all()) {
			Portfolio portfolio = (Portfolio) new ResourceSetImpl().getResource(URI.createURI(example.toString()), true)
					.getContents().get(0);
			examples.put(portfolio.getName(), example);
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		empty = new Button(page, SWT.RADIO);
		empty.setText(Messages.StartingPointPage_empty);
		empty.setData(UiIds.KEY, EMPTY_ID);
		empty.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(empty);
		name = field(page, Messages.StartingPointPage_name, Messages.StartingPointPage_defaultName);
		name.setData(UiIds.KEY, NAME_ID);
		jurisdiction = field(page, Messages.StartingPointPage_jurisdiction, ""); //$NON-NLS-1$
		currency = field(page, Messages.StartingPointPage_currency, "USD"); //$NON-NLS-1$
		discountRate = spinner(page, Messages.StartingPointPage_discountRate, 0, 2000, 350, 2);
		fiscalYearStart = spinner(page, Messages.StartingPointPage_fiscalYearStart, 1, 12, 7, 0);

		Button example = new Button(page, SWT.RADIO);
		example.setText(Messages.StartingPointPage_example);
		example.setData(UiIds.KEY, EXAMPLE_ID);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 12).applyTo(example);
		exampleList = new List(page, SWT.SINGLE | SWT.BORDER);
		exampleList.setData(UiIds.KEY, EXAMPLES_ID);
		examples.keySet().forEach(exampleList::add);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).indent(16, 0).applyTo(exampleList);
		exampleList.addListener(SWT.Selection, event -> {
			example.setSelection(true);
			empty.setSelection(false);
			validate();
		});
		empty.addListener(SWT.Selection, event -> validate());
		example.addListener(SWT.Selection, event -> validate());
		name.addModifyListener(event -> validate());
		currency.addModifyListener(event -> validate());
		HelpContexts.set(page, HelpContexts.NEW_PORTFOLIO_STARTING_POINT_PAGE);
		setControl(page);
		validate();
	}

	private static Text field(Composite page, String label, String initial) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private static Spinner spinner(Composite page, String label, int minimum, int maximum, int initial, int digits) {
		new Label(page, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(page, SWT.BORDER);
		spinner.setValues(initial, minimum, maximum, digits, 1, 10);
		return spinner;
	}

	private void validate() {
		String problem = null;
		if (empty.getSelection()) {
			if (name.getText().isBlank()) {
				problem = Messages.StartingPointPage_nameMissing;
			} else if (!currency.getText().strip().matches("[A-Z]{3}")) { //$NON-NLS-1$
				problem = NLS.bind(Messages.StartingPointPage_currencyInvalid, currency.getText());
			}
		} else if (exampleList.getSelectionIndex() < 0) {
			problem = Messages.StartingPointPage_exampleMissing;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** The portfolio the new file will hold. */
	Portfolio portfolio() {
		if (!empty.getSelection()) {
			return PortfolioFiles.copyOf(examples.get(exampleList.getItem(exampleList.getSelectionIndex())));
		}
		Portfolio portfolio = PortfolioFactory.eINSTANCE.createPortfolio();
		portfolio.setName(name.getText().strip());
		portfolio.setJurisdiction(jurisdiction.getText().isBlank() ? null : jurisdiction.getText().strip());
		portfolio.setCurrency(currency.getText().strip());
		portfolio.setDiscountRate(discountRate.getSelection() / 10000.0);
		portfolio.setFiscalYearStartMonth(fiscalYearStart.getSelection());
		portfolio.setRiskAppetite(RiskLevel.MEDIUM);
		return portfolio;
	}
}
