package org.civitas.report.html;

/**
 * The report's look, inside the file: quiet type, tiles for key figures, tones as colour and
 * weight, tables that read on paper, and print rules (a section per page, no row split across
 * pages, margins for A4 and Letter alike).
 */
final class ReportStyles {

	private ReportStyles() {
	}

	static String css(boolean forPdf, String paper) {
		String font = forPdf ? "'Civitas Sans'" : "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif"; //$NON-NLS-1$ //$NON-NLS-2$
		return """
				@page { size: %s; margin: 16mm 14mm 18mm 14mm; %s }
				html { font-family: %s; font-size: 10.5pt; color: #1f2328; line-height: 1.4; }
				body { margin: 0 auto; max-width: 1000px; padding: 0 16px; }
				h1 { font-size: 22pt; margin: 24px 0 6px 0; color: #16324f; }
				h2 { font-size: 16pt; color: #16324f; border-bottom: 2px solid #16324f; padding-bottom: 3px; margin-top: 28px;
				     page-break-after: avoid; }
				h3 { font-size: 12pt; color: #16324f; margin: 18px 0 6px 0; page-break-after: avoid; }
				p.subtitle { margin: 2px 0; color: #57606a; }
				p.strategies { color: #57606a; font-size: 9pt; margin-top: -4px; }
				p.nothing { color: #57606a; font-style: italic; }
				nav.contents ol { columns: 2; padding-left: 20px; }
				nav.contents a { color: #0b5cad; text-decoration: none; }
				section { page-break-before: always; }
				.tiles { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0; }
				.tile { border: 1px solid #d0d7de; border-left: 5px solid #8c959f; border-radius: 4px; padding: 6px 10px;
				        min-width: 150px; display: inline-block; margin: 0 6px 6px 0; vertical-align: top; page-break-inside: avoid; }
				.tile .label { font-size: 8.5pt; color: #57606a; text-transform: uppercase; letter-spacing: 0.03em; }
				.tile .value { font-size: 15pt; font-weight: bold; }
				.tile .note { font-size: 8.5pt; color: #57606a; }
				.tile.tone-good { border-left-color: #2e7d32; }
				.tile.tone-warning { border-left-color: #d98c1f; }
				.tile.tone-alarm { border-left-color: #c0392b; }
				ul.items { padding-left: 18px; }
				ul.items li { margin: 2px 0; }
				table { border-collapse: collapse; width: 100%%; margin: 8px 0 14px 0; font-size: 9.5pt; page-break-inside: auto; }
				table.grid { table-layout: fixed; }
				table.grid td, table.grid th { width: 16%%; }
				table.grid td:first-child, table.grid th:first-child { width: 10%%; }
				caption { text-align: left; font-weight: bold; color: #16324f; padding: 4px 0; }
				th { text-align: left; background: #eef2f6; border-bottom: 1px solid #8c959f; padding: 4px 6px; }
				td { border-bottom: 1px solid #e1e4e8; padding: 3px 6px; vertical-align: top; }
				tr { page-break-inside: avoid; }
				thead { display: table-header-group; }
				.number { text-align: right; white-space: nowrap; }
				.tone-good { color: #1b5e20; }
				.tone-warning { color: #8a5300; font-weight: bold; }
				.tone-alarm { color: #a31515; font-weight: bold; }
				td.tone-good { background: #e8f5e9; }
				td.tone-warning { background: #fff4e0; }
				td.tone-alarm { background: #fdecea; }
				figure { margin: 10px 0 16px 0; page-break-inside: avoid; }
				figure img { max-width: 100%%; height: auto; border: 1px solid #e1e4e8; }
				figcaption { font-size: 9pt; color: #57606a; }
				a { color: #0b5cad; }
				@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
				""".formatted(paper, forPdf ? "@bottom-center { content: counter(page) \" / \" counter(pages); font-size: 8pt; color: #57606a; }" : "", font); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
