package org.civitas.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.civitas.report.Report;
import org.civitas.report.html.HtmlReport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * A report as PDF: the report's HTML (pictures as PNG, a bookmark per section, page numbers)
 * laid out and written by openhtmltopdf on PDFBox. Text is set in DejaVu Sans where the system
 * has it, else in the Liberation Sans that PDFBox carries, so that every character of the report
 * (arrows, currency signs, accents) has a glyph.
 */
public final class PdfReport {

	private static final String FAMILY = "Civitas Sans"; //$NON-NLS-1$
	private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu"); //$NON-NLS-1$
	/** The font PDFBox itself falls back on, inside its jar. */
	private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$

	private PdfReport() {
	}

	/**
	 * Writes {@code report} as PDF to {@code out}.
	 *
	 * @param paper {@code A4} or {@code letter}
	 */
	public static void write(Report report, String paper, OutputStream out) throws IOException {
		String html = HtmlReport.of(report, new HtmlReport.Options(true, paper));
		// openhtmltopdf reports each CSS property it skips (flex, columns: the browser's layout) on the console.
		XRLog.setLoggingEnabled(false);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		fonts(builder);
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException failed) {
			throw new IOException(failed.getMessage(), failed);
		}
	}

	private static void fonts(PdfRendererBuilder builder) {
		Path regular = DEJAVU.resolve("DejaVuSans.ttf"); //$NON-NLS-1$
		Path bold = DEJAVU.resolve("DejaVuSans-Bold.ttf"); //$NON-NLS-1$
		if (Files.isReadable(regular) && Files.isReadable(bold)) {
			builder.useFont(regular.toFile(), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(bold.toFile(), FAMILY, 700, FontStyle.NORMAL, true);
			return;
		}
		// Regular only: headings are set apart by size and colour.
		for (int weight : new int[] { 400, 700 }) {
			builder.useFont(PdfReport::liberation, FAMILY, weight, FontStyle.NORMAL, true);
		}
	}

	private static InputStream liberation() {
		return PDDocument.class.getResourceAsStream(LIBERATION);
	}
}
