package org.civitas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board pack as a board member opens it: in a real browser, Debian's Chromium, headless
 * (releng/scripts/test.sh installs it). The whole pack loads with no console error and every
 * section in the browser's document; each section, in a pack of its own, is a picture with
 * something in it. The pictures go to {@code target/screenshots/board-pack}, or to
 * {@code -Dcivitas.screenshots}/board-pack for the guide.
 */
class BoardPackInABrowserTest {

	private static final List<String> SECTIONS = List.of("cover", "portfolio", "finance", "performance", "risk", "roadmap",
			"governance", "maturity", "innovation", "validation");
	private static final Path SCREENSHOTS = Path.of(System.getProperty("civitas.screenshots", "target/screenshots"))
			.resolve("board-pack");

	@TempDir
	Path folder;

	private final CommandRunner cli = new CommandRunner();

	@Test
	void everySectionRendersInChromiumWithoutAConsoleError() throws Exception {
		Path model = Examples.copy("federal-grants-portal", folder);
		Path html = folder.resolve("board-pack.html");
		assertEquals(0, cli.run("report", model.toString(), "--output", html.toString()), cli.err());
		String console = chromium(html.toUri().toString(), "--dump-dom");
		List<String> errors = console.lines().filter(line -> line.contains(":CONSOLE(") || line.contains("Uncaught")
				|| line.contains("ERR_FILE_NOT_FOUND") || line.contains("Not allowed to load")).toList();
		assertEquals(List.of(), errors, "the browser's console");
		for (String section : SECTIONS) {
			assertTrue(console.contains("<section id=\"section-" + section + "\">"), "the browser read " + section);
		}

		Files.createDirectories(SCREENSHOTS);
		for (String section : SECTIONS) {
			Path alone = folder.resolve(section + ".html");
			assertEquals(0, cli.run("report", model.toString(), "--sections", section, "--output", alone.toString()), cli.err());
			Path shot = SCREENSHOTS.resolve(section + ".png");
			Files.deleteIfExists(shot);
			String log = chromium(alone.toUri().toString(), "--screenshot=" + shot.toAbsolutePath(), "--window-size=1200,1500");
			assertTrue(Files.exists(shot), "Chromium wrote no screenshot of " + section + ":\n" + log);
			assertTrue(colours(shot) > 20, section + " shows something: " + shot);
		}
	}

	/** Runs headless Chromium on the page, with the page's console on standard error; answers what it printed. */
	private String chromium(String url, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
				"--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
				"--user-data-dir=" + folder.resolve("chromium-profile")));
		command.addAll(List.of(arguments));
		command.add(url);
		Path log = folder.resolve("chromium.log");
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		} catch (IOException notInstalled) {
			throw new AssertionError("Chromium is needed to check the board pack (Debian: apt install chromium;"
					+ " releng/scripts/test.sh installs it as root)", notInstalled);
		}
		assertTrue(process.waitFor(90, TimeUnit.SECONDS), "Chromium finished");
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	/** How many different colours a picture has: a blank one has one or two. */
	private static int colours(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

}
