package org.example.civitas.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.civitas.interchange.ImportMapping;
import org.civitas.interchange.ImportOptions;
import org.civitas.interchange.ImportPlan;
import org.civitas.interchange.TableImport;
import org.civitas.interchange.TableSchema;
import org.civitas.portfolio.model.LifecycleStage;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.PortfolioPackage;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.StakeholderRole;
import org.civitas.portfolio.model.Subscription;
import org.civitas.portfolio.model.SubscriptionStatus;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CMDB format as {@code civitas import} uses it: a listing read into tables and imported
 * into a portfolio by the interchange, and every kind of bad file refused with a message that
 * names the file and the place to mend.
 */
class CmdbFormatTest {

	private static final TableSchema PORTFOLIO_TABLES = TableSchema.of(PortfolioPackage.Literals.PORTFOLIO,
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

	private final CmdbFormat format = new CmdbFormat();

	@Test
	void aListingUpdatesServicesAndAddsOwnersServicesAndSubscriptions(@TempDir Path folder) throws IOException {
		Portfolio catalogue = load("catalogue.portfolio");
		Path listing = folder.resolve("listing.json");
		try (InputStream fixture = URIConverter.INSTANCE.createInputStream(fixture("listing.json"))) {
			Files.copy(fixture, listing);
		}
		ImportPlan plan = plan(catalogue, listing);
		assertEquals(List.of(), plan.problems());

		plan.apply();

		SharedService payroll = service(catalogue, "payroll");
		assertEquals(LifecycleStage.SCALING, payroll.getLifecycle());
		assertTrue(payroll.isCritical());
		SharedService ledger = service(catalogue, "ledger");
		assertEquals("General ledger", ledger.getName());
		assertEquals(LifecycleStage.OPERATIONAL, ledger.getLifecycle());
		assertEquals("Ledger service owner", ledger.getOwner().getName());
		assertEquals(StakeholderRole.SERVICE_OWNER, ledger.getOwner().getRole());
		assertEquals("County IT Department", ledger.getOwner().getOrganization().getName());
		Subscription parks = catalogue.getSubscriptions().get(0);
		assertEquals(List.of("Parks Department", "General ledger", SubscriptionStatus.LIVE),
				List.of(parks.getConsumer().getName(), parks.getService().getName(), parks.getStatus()));
		ImportPlan again = plan(catalogue, listing);
		assertEquals(0, again.created() + again.updated(), "the records' ids make a second import change nothing");
	}

	@Test
	void aValueThePortfolioRefusesIsNamedByListRecordAndField(@TempDir Path folder) throws IOException {
		Path listing = write(folder, """
				{ "services": [
				  { "id": "payroll", "name": "Payroll" },
				  { "id": "fax", "name": "Fax gateway", "status": "Switched off" } ] }
				""");
		ImportPlan plan = plan(load("catalogue.portfolio"), listing);
		assertFalse(plan.isApplicable());
		assertEquals(1, plan.problems().size());
		String problem = plan.problems().get(0).toString();
		assertTrue(problem.startsWith(listing + ", list \"services\", row 2, column \"lifecycle\", cell \"Switched off\": expected one of"),
				problem);
	}

	static Stream<Arguments> badListings() {
		return Stream.of(
				Arguments.of("a trailing comma", "{ \"services\": [\n  { \"id\": \"fax\", } ] }",
						"not valid JSON: .* at line 2 column 19 path \\$\\.services\\[0\\]\\.id"),
				Arguments.of("single quotes", "{ \"services\": [\n  { 'id': 'fax' } ] }",
						"not valid JSON: something JSON does not allow at line 2 column 6 path \\$\\.services\\[0\\]\\."),
				Arguments.of("a cut-off file", "{ \"services\": [\n  { \"id\": \"fax\"",
						"not valid JSON: .* at line 2 column 16 path \\$\\.services\\[0\\]\\.id"),
				Arguments.of("a list, not a listing", "[ { \"id\": \"fax\" } ]",
						"holds a list; a CMDB listing is an object with the lists \"people\", \"services\", \"consumers\""),
				Arguments.of("another JSON file", "{ \"name\": \"package.json\" }",
						"none of the lists \"people\", \"services\", \"consumers\": not a CMDB listing"),
				Arguments.of("a record for a list", "{ \"services\": { \"id\": \"fax\" } }",
						"\\$\\.services is an object; expected a list of records"),
				Arguments.of("text for a record", "{ \"people\": [ \"Jo Park\" ] }",
						"\\$\\.people\\[0\\] is the text \"Jo Park\"; expected a record \\(an object with fields\\)"),
				Arguments.of("a missing name", "{ \"services\": [ { \"id\": \"a\", \"name\": \"A\" }, { \"id\": \"fax\" } ] }",
						"\\$\\.services\\[1\\] has no \"name\"; every record of \"services\" needs \"id\", \"name\""),
				Arguments.of("a number for text", "{ \"services\": [ { \"id\": 42, \"name\": \"Fax\" } ] }",
						"\\$\\.services\\[0\\]\\.id is a number \\(42\\); expected text in quotes"),
				Arguments.of("text for true or false", "{ \"services\": [ { \"id\": \"fax\", \"name\": \"Fax\", \"critical\": \"yes\" } ] }",
						"\\$\\.services\\[0\\]\\.critical is the text \"yes\"; expected true or false"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badListings")
	void aBadListingIsRefusedNamingTheFileAndThePlace(String what, String json, String expected, @TempDir Path folder) throws IOException {
		Path listing = write(folder, json);
		IOException refused = assertThrows(IOException.class, () -> format.read(listing));
		String message = refused.getMessage();
		assertTrue(message.matches(Pattern.quote(listing + ": ") + expected), message);
		assertEquals(1, message.lines().count(), "one line: " + message);
	}

	@Test
	void aFileThatIsNotUtf8IsRefused(@TempDir Path folder) throws IOException {
		Path listing = folder.resolve("listing.json");
		Files.write(listing, "{ \"services\": [ { \"id\": \"caf\u00e9\" } ] }".getBytes(StandardCharsets.ISO_8859_1));
		IOException refused = assertThrows(IOException.class, () -> format.read(listing));
		assertEquals(listing + ": not UTF-8 text", refused.getMessage());
	}

	private ImportPlan plan(Portfolio portfolio, Path listing) throws IOException {
		return TableImport.of(PORTFOLIO_TABLES).plan(portfolio, format.read(listing), ImportMapping.proposed(PORTFOLIO_TABLES),
				ImportOptions.DEFAULT);
	}

	/** A fixture beside this test: the platform finds a fragment's files under its host's name. */
	private static URI fixture(String name) {
		return URI.createPlatformPluginURI("org.example.civitas.cmdb/data/" + name, true);
	}

	private static Portfolio load(String name) {
		return (Portfolio) new ResourceSetImpl().getResource(fixture(name), true).getContents().get(0);
	}

	private static Path write(Path folder, String json) throws IOException {
		return Files.writeString(folder.resolve("listing.json"), json);
	}

	private static SharedService service(Portfolio portfolio, String id) {
		return portfolio.getServices().stream().filter(service -> service.getId().equals(id)).findFirst().orElseThrow();
	}
}
