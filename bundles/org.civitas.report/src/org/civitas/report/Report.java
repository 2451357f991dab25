package org.civitas.report;

import java.util.List;

/**
 * A report ready to render: its title, the lines under it, and its sections with their content.
 *
 * @param title the report's title
 * @param subtitle lines under the title (the model, its file, the date)
 * @param sections the sections in order
 */
public record Report(String title, List<String> subtitle, List<Section> sections) {

	public Report {
		subtitle = List.copyOf(subtitle);
		sections = List.copyOf(sections);
	}

	/**
	 * A section's content.
	 *
	 * @param id its id, also its anchor
	 * @param title its title
	 * @param strategies the strategies it serves, as shown under its title
	 * @param blocks what it says
	 */
	public record Section(String id, String title, List<String> strategies, List<Block> blocks) {
		public Section {
			strategies = List.copyOf(strategies);
			blocks = List.copyOf(blocks);
		}
	}
}
