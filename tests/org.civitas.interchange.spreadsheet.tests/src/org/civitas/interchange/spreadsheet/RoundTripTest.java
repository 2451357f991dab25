package org.civitas.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civitas.examples.ExamplePortfolios;
import org.civitas.interchange.ImportMapping;
import org.civitas.interchange.ImportOptions;
import org.civitas.interchange.ImportPlan;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableExport;
import org.civitas.interchange.TableImport;
import org.civitas.interchange.TableSchema;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioFactory;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export then import gives back what was exported: into the same model it changes nothing, into
 * an empty model it makes the same model, element by element (ids, values, references, order).
 */
class RoundTripTest {

	@TempDir
	Path folder;

	private final TableSchema schema = TableSchema.of(PortfolioPackage.eINSTANCE.getPortfolio(),
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	static Stream<String> portfolios() {
		return Stream.concat(ExamplePortfolios.all().stream().map(URL::toString), Stream.of("synthetic:10000"));
	}

	@ParameterizedTest
	@MethodSource("portfolios")
	void aWorkbookImportedIntoItsOwnModelChangesNothing(String portfolio) throws IOException {
		Portfolio model = load(portfolio);
		ImportPlan plan = plan(model, workbookOf(model));

		assertEquals(List.of(), plan.problems());
		assertEquals(0, plan.created(), "creates");
		assertEquals(0, plan.updated(), () -> "updates: " + plan.sources().stream()
				.flatMap(source -> source.updated().stream()).limit(5).toList());
		assertEquals(withRoot(model).size(), plan.unchanged(), "every element a row left as it is");
	}

	@ParameterizedTest
	@MethodSource("portfolios")
	void aWorkbookImportedIntoAnEmptyModelMakesTheSameModel(String portfolio) throws IOException {
		Portfolio model = load(portfolio);
		Portfolio imported = importIntoNewModel(workbookOf(model));

		assertSameModel(model, imported);
	}

	@ParameterizedTest
	@MethodSource("portfolios")
	void csvFilesImportedIntoAnEmptyModelMakeTheSameModel(String portfolio) throws IOException {
		Portfolio model = load(portfolio);
		Path csvFolder = folder.resolve("csv");
		List<Path> files = CsvTables.write(TableExport.of(schema).rows(model), csvFolder);
		List<SourceTable> tables = new ArrayList<>();
		for (Path file : files) {
			tables.add(CsvTables.read(file));
		}
		assertSameModel(model, importIntoNewModel(tables));
	}

	private List<SourceTable> workbookOf(Portfolio model) throws IOException {
		Path file = folder.resolve("model.xlsx");
		XlsxTables.write(schema, TableExport.of(schema).rows(model), file);
		return XlsxTables.read(file);
	}

	private Portfolio importIntoNewModel(List<SourceTable> tables) {
		Portfolio imported = PortfolioFactory.eINSTANCE.createPortfolio();
		ImportPlan plan = plan(imported, tables);
		assertEquals(List.of(), plan.problems());
		plan.apply();
		// As a saved model is: in a resource, which gives ids to elements that have none.
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI("memory:/imported.portfolio"));
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(imported);
		return imported;
	}

	private ImportPlan plan(Portfolio model, List<SourceTable> tables) {
		return TableImport.of(schema).plan(model, tables, ImportMapping.proposed(schema), ImportOptions.DEFAULT);
	}

	/** The same elements in the same places with the same values, compared one by one to name the first difference. */
	private static void assertSameModel(Portfolio expected, Portfolio actual) {
		Iterator<EObject> expectedElements = withRoot(expected).iterator();
		Iterator<EObject> actualElements = withRoot(actual).iterator();
		while (expectedElements.hasNext()) {
			EObject want = expectedElements.next();
			assertTrue(actualElements.hasNext(), () -> "missing: " + EcoreUtil.getID(want));
			EObject got = actualElements.next();
			assertEquals(want.eClass(), got.eClass());
			assertEquals(EcoreUtil.getID(want), EcoreUtil.getID(got), "ids and order");
			for (EStructuralFeature feature : want.eClass().getEAllStructuralFeatures()) {
				if (feature.isDerived() || feature.isTransient() || feature instanceof EReference reference
						&& reference.isContainment()) {
					continue;
				}
				assertEquals(text(want, feature), text(got, feature),
						() -> EcoreUtil.getID(want) + " " + feature.getName());
			}
		}
		assertTrue(!actualElements.hasNext(), "no element more");
	}

	/** A feature's value with references as ids, so that two models compare. */
	private static String text(EObject element, EStructuralFeature feature) {
		if (feature.isUnsettable() && !element.eIsSet(feature)) {
			return "(unset)";
		}
		Object value = element.eGet(feature);
		if (value instanceof List<?> many) {
			return many.stream().map(one -> one instanceof EObject target ? EcoreUtil.getID(target) : String.valueOf(one)).toList()
					.toString();
		}
		return value instanceof EObject target ? EcoreUtil.getID(target) : String.valueOf(value);
	}

	private static List<EObject> withRoot(EObject root) {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		return all;
	}

	private static Portfolio load(String portfolio) throws IOException {
		if (portfolio.startsWith("synthetic:")) {
			Portfolio generated = SyntheticPortfolio.generate(Integer.parseInt(portfolio.substring("synthetic:".length())), 7);
			Resource resource = new PortfolioResourceFactory().createResource(URI.createURI("memory:/generated.portfolio"));
			new ResourceSetImpl().getResources().add(resource);
			resource.getContents().add(generated);
			return generated;
		}
		URL url = new URL(portfolio);
		Resource resource = new PortfolioResourceFactory().createResource(URI.createURI(url.toString()));
		try (InputStream in = url.openStream()) {
			resource.load(in, Map.of());
		}
		return (Portfolio) resource.getContents().get(0);
	}
}
