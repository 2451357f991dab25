package org.civitas.validation.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format, streaming: nothing grows with the number of findings but the output. */
interface ReportWriter {

	/** Writes {@code report} to {@code out} and flushes it, leaving it open. */
	void write(ValidationReport report, Writer out) throws IOException;
}
