package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civitas.portfolio.model.BusinessCase;
import org.civitas.portfolio.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civitas report}: the board pack a CI job publishes, as HTML and as PDF. */
class ReportCommandTest {

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void theHtmlPackIsOneWellFormedSelfContainedFileWithEverySectionAndTheFinanceEnginesFigures() throws Exception {
		Path model = Examples.copy("federal-grants-portal", folder);
		Path html = folder.resolve("pack.html");

		assertEquals(0, cli.run("report", model.toString(), "--output", html.toString()), cli.err());
		assertTrue(cli.out().startsWith("wrote " + html + ": 10 sections"), cli.out());
		String text = Files.readString(html);
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
		assertFalse(Pattern.compile("(src|href)=\"(?!#|data:)").matcher(text).find(), "nothing outside the file");
		assertFalse(text.contains("url("), "no style refers outside the file");
		for (String section : List.of("cover", "portfolio", "finance", "performance", "risk", "roadmap", "governance", "maturity",
				"innovation", "validation")) {
			assertTrue(text.contains("<section id=\"section-" + section + "\">"), section);
			assertTrue(text.contains("href=\"#section-" + section + "\""), "the contents link to " + section);
		}
		Portfolio portfolio = PortfolioFiles.load(model.toString());
		for (BusinessCase businessCase : portfolio.getBusinessCases()) {
			String npv = String.format("%s %,.0f", portfolio.getCurrency(), businessCase.getNpv());
			assertTrue(text.contains(npv), "the NPV of " + businessCase.getName() + " as the finance engine computes it: " + npv);
		}
		assertTrue(text.contains("data:image/svg+xml;base64,"), "charts inside the file");
	}

	@Test
	void thePdfPackHasABookmarkPerSectionAndItsKeyFigures() throws Exception {
		Path model = Examples.copy("state-email-consolidation", folder);
		Path pdf = folder.resolve("pack.pdf");

		assertEquals(0, cli.run("report", model.toString(), "--format", "pdf", "--output", pdf.toString(), "--paper", "letter"),
				cli.err());
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertEquals(List.of("Cover and decisions needed", "Portfolio", "Finance", "Performance", "Risk", "Roadmap",
					"Governance and stakeholders", "Maturity", "Innovation and community", "Validation"), bookmarks);
			assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), 1f, "Letter");
			String text = new PDFTextStripper().getText(document);
			Portfolio portfolio = PortfolioFiles.load(model.toString());
			assertTrue(text.contains("Services") && text.contains(Integer.toString(portfolio.getServices().size())), "key figures");
			assertTrue(text.contains("Decisions needed now"));
			assertTrue(text.contains("Scorecard by strategy"));
		}
	}

	@Test
	void anUnreadableModelIsOneLineAndNoFile() throws IOException {
		Path model = folder.resolve("broken.portfolio");
		Files.writeString(model, "<?xml version=\"1.0\"?>\n<portfolio:Portfolio xmlns:portfolio=\"http://civitas.org/portfolio/1.0\"\n  name=\"x\"><services");
		Path html = folder.resolve("pack.html");

		assertEquals(1, cli.run("report", model.toString(), "--output", html.toString()));
		Matcher place = Pattern.compile(Pattern.quote(model.toString()) + ":\\d+:\\d+: ").matcher(cli.err());
		assertTrue(place.find(), cli.err());
		assertFalse(Files.exists(html), "no partial file");
	}

	@Test
	void anUnknownSectionIsRefusedWithTheSectionsThereAre() throws IOException {
		Path model = Examples.copy("state-recovery-center", folder);
		assertEquals(2, cli.run("report", model.toString(), "--sections", "cover,budget"));
		assertTrue(cli.err().contains("--sections budget: no such section (sections: cover, portfolio, finance, performance, risk, roadmap, governance, maturity, innovation, validation)"),
				cli.err());
	}
}
