package org.civitas.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

/** The sections contributed to {@value #EXTENSION_POINT}, in their order, and the report they make. */
public final class ReportSections {

	/** The extension point through which sections are contributed. */
	public static final String EXTENSION_POINT = "org.civitas.report.sections"; //$NON-NLS-1$

	/**
	 * A contributed section, described without creating it.
	 *
	 * @param id its id: the anchor in the report, and what {@code --sections} names
	 * @param title its title
	 * @param order where it stands: lower first
	 * @param strategies the strategies it serves
	 */
	public record Descriptor(String id, String title, int order, List<String> strategies, IConfigurationElement element) {

		public ReportSection section() throws CoreException {
			return (ReportSection) element.createExecutableExtension("class"); //$NON-NLS-1$
		}
	}

	private final List<Descriptor> sections;

	private ReportSections(List<Descriptor> sections) {
		this.sections = List.copyOf(sections);
	}

	/** The sections of the platform's extension registry. */
	public static ReportSections installed() {
		return read(RegistryFactory.getRegistry());
	}

	/** The sections of {@code registry}; one with a missing id, title or class is logged and left out. */
	public static ReportSections read(IExtensionRegistry registry) {
		List<Descriptor> read = new ArrayList<>();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
				String id = element.getAttribute("id"); //$NON-NLS-1$
				String title = element.getAttribute("title"); //$NON-NLS-1$
				if (id == null || title == null || element.getAttribute("class") == null) { //$NON-NLS-1$
					ILog.of(ReportSections.class).error(NLS.bind(Messages.ReportSections_incomplete, element.getContributor().getName()));
					continue;
				}
				String strategies = element.getAttribute("strategies"); //$NON-NLS-1$
				read.add(new Descriptor(id, title, order(element.getAttribute("order")), strategies == null ? List.of() //$NON-NLS-1$
						: Arrays.stream(strategies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), element)); //$NON-NLS-1$
			}
		}
		read.sort(Comparator.comparingInt(Descriptor::order).thenComparing(Descriptor::id));
		return new ReportSections(read);
	}

	private static int order(String text) {
		try {
			return text == null ? Integer.MAX_VALUE : Integer.parseInt(text.strip());
		} catch (NumberFormatException notANumber) {
			return Integer.MAX_VALUE;
		}
	}

	public List<Descriptor> all() {
		return sections;
	}

	public Optional<Descriptor> section(String id) {
		return sections.stream().filter(section -> section.id().equals(id)).findFirst();
	}

	/**
	 * The report of {@code input} with the sections of those ids (all when {@code ids} is empty),
	 * in the sections' order; sections that do not apply to the model are left out.
	 *
	 * @throws CoreException if a section's class cannot be created
	 */
	public Report report(String title, List<String> subtitle, ReportInput input, List<String> ids) throws CoreException {
		List<Report.Section> written = new ArrayList<>();
		for (Descriptor descriptor : sections) {
			if (!ids.isEmpty() && !ids.contains(descriptor.id())) {
				continue;
			}
			ReportSection section = descriptor.section();
			if (!section.appliesTo(input)) {
				continue;
			}
			SectionWriter out = new SectionWriter();
			section.write(input, out);
			written.add(new Report.Section(descriptor.id(), descriptor.title(), descriptor.strategies(), out.blocks()));
		}
		return new Report(title, subtitle, written);
	}
}
