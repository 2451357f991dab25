package org.civitas.report;

/**
 * A section of a report, contributed through the {@code org.civitas.report.sections} extension
 * point. It reads the model in {@link ReportInput} and describes what it shows through a
 * {@link SectionWriter}: headings, text, key figures, tables, charts, figures. It keeps no state
 * between reports, and writes one honest line for an empty part of the model rather than an empty
 * table or chart.
 */
public interface ReportSection {

	/** Whether the section has anything to say about this model at all (a section of another kind of model does not). */
	default boolean appliesTo(ReportInput input) {
		return true;
	}

	void write(ReportInput input, SectionWriter out);
}
