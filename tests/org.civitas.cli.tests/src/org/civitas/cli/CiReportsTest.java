package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * Reports for CI point at the line of each finding, with the file named as the repository
 * names it: a pull request on GitHub or GitLab annotates the very line. A CI job runs in its
 * checkout, here the test's working folder with the model two folders down.
 */
class CiReportsTest {

	private static final Path CHECKOUT = Path.of("target/ci-checkout");
	private static final Path MODEL = CHECKOUT.resolve("models/unsponsored.portfolio");

	private final CommandRunner cli = new CommandRunner();
	private int payrollLine;

	@BeforeEach
	void checkOut() throws IOException {
		Files.createDirectories(MODEL.getParent());
		URL entry = FrameworkUtil.getBundle(CiReportsTest.class).findEntries("data", "unsponsored.portfolio", false).nextElement();
		Files.copy(Path.of(FileLocator.toFileURL(entry).getPath()), MODEL, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		List<String> lines = Files.readAllLines(MODEL);
		for (int i = 0; i < lines.size() && payrollLine == 0; i++) {
			if (lines.get(i).contains("name=\"Payroll services\"")) {
				payrollLine = i + 1;
			}
		}
		while (!lines.get(payrollLine - 1).contains(">")) {
			payrollLine++;
		}
	}

	@AfterEach
	void cleanUp() throws IOException {
		try (var files = Files.walk(CHECKOUT)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@Test
	void sarifNamesTheFileInTheCheckoutAndTheLineOfTheElement() throws IOException {
		Path report = CHECKOUT.resolve("report.sarif");

		assertEquals(3, cli.run("validate", MODEL.toString(), "--format", "sarif", "--output", report.toString()));

		String sarif = Files.readString(report);
		String root = Path.of("").toAbsolutePath().toUri().toString();
		assertTrue(Pattern.compile("\"originalUriBaseIds\":\\s*\\{\\s*\"SRCROOT\":\\s*\\{\\s*\"uri\":\\s*\""
				+ Pattern.quote(root) + "\"").matcher(sarif).find(), sarif);
		assertTrue(Pattern.compile("\"uri\":\\s*\"target/ci-checkout/models/unsponsored\\.portfolio\",\\s*\"uriBaseId\":\\s*\"SRCROOT\"")
				.matcher(sarif).find(), sarif);
		Matcher stk005 = Pattern.compile("\"ruleId\": \"STK-005\".*?\"region\": \\{\\s*\"startLine\": (\\d+),\\s*\"startColumn\": 1,"
				+ "\\s*\"endLine\": (\\d+),\\s*\"endColumn\": (\\d+)", Pattern.DOTALL).matcher(sarif);
		assertTrue(stk005.find(), sarif);
		assertEquals(payrollLine, Integer.parseInt(stk005.group(1)), "the line of the service the finding is on");
		assertEquals(payrollLine, Integer.parseInt(stk005.group(2)));
		assertTrue(Integer.parseInt(stk005.group(3)) > 1);
		assertTrue(Pattern.compile("\"roles\":\\s*\\[\\s*\"analysisTarget\"\\s*\\]").matcher(sarif).find(), sarif);
		assertTrue(!sarif.replace(root, "").contains("file:/"), "no absolute file name but the base's: " + sarif);
	}

	@Test
	void junitNamesTheFileAndTheLineOfEachFailure() throws IOException {
		Path report = CHECKOUT.resolve("report.xml");

		assertEquals(3, cli.run("validate", MODEL.toString(), "--format", "junit", "--output", report.toString()));

		String junit = Files.readString(report);
		assertTrue(junit.contains("file=\"" + MODEL + "\" line=\"" + payrollLine + "\""), junit);
		assertTrue(junit.contains(">" + MODEL + ":" + payrollLine + ": "), junit);
	}
}
