package org.civitas.portfolio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.ReportSections;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.validation.ElementLabels;
import org.civitas.validation.Finding;
import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationResult;
import org.eclipse.osgi.util.NLS;

/**
 * The validation: a scorecard by strategy theme and by strategy (the rules that check it, how
 * many passed and failed, and the sections of this pack that show it, so that a strategy nothing
 * covers stands out), then the findings as the validation report lists them.
 */
public final class ValidationSection extends PortfolioSection {

	/** The themes of the strategies, with how many strategies each has (S1 to S5 ... C1 to C7). */
	static final Map<String, Integer> THEMES = themes();

	private static Map<String, Integer> themes() {
		Map<String, Integer> themes = new LinkedHashMap<>();
		themes.put("S", 5); //$NON-NLS-1$
		themes.put("F", 5); //$NON-NLS-1$
		themes.put("G", 5); //$NON-NLS-1$
		themes.put("T", 5); //$NON-NLS-1$
		themes.put("C", 7); //$NON-NLS-1$
		return themes;
	}

	@Override
	void write(Portfolio portfolio, ReportInput input, SectionWriter out) {
		ValidationResult result = input.extra(ValidationResult.class).orElse(null);
		if (result == null) {
			out.nothing(Messages.Validation_notRun);
			return;
		}
		List<Rule> rules = result.coverage().rules();
		Set<Rule> failed = result.findings().stream().map(Finding::rule).collect(Collectors.toSet());
		Map<String, List<String>> sectionsByStrategy = new LinkedHashMap<>();
		for (ReportSections.Descriptor section : ReportSections.installed().all()) {
			section.strategies().forEach(strategy -> sectionsByStrategy.computeIfAbsent(strategy, any -> new ArrayList<>()).add(section.title()));
		}

		out.keyFigures(List.of(
				new Block.KeyFigure(Messages.Validation_rules, Integer.toString(rules.size()), "", Tone.NEUTRAL), //$NON-NLS-1$
				new Block.KeyFigure(Messages.Validation_passed, Long.toString(rules.stream().filter(rule -> !failed.contains(rule)).count()),
						"", Tone.GOOD), //$NON-NLS-1$
				new Block.KeyFigure(Messages.Validation_errors, Long.toString(count(result, Severity.ERROR)), "", //$NON-NLS-1$
						count(result, Severity.ERROR) > 0 ? Tone.ALARM : Tone.GOOD),
				new Block.KeyFigure(Messages.Validation_warnings, Long.toString(count(result, Severity.WARNING)), "", //$NON-NLS-1$
						count(result, Severity.WARNING) > 0 ? Tone.WARNING : Tone.GOOD)));

		out.heading(Messages.Validation_byTheme);
		List<List<Block.Cell>> themeRows = new ArrayList<>();
		THEMES.forEach((theme, size) -> {
			List<Rule> ofTheme = rules.stream().filter(rule -> rule.strategies().stream().anyMatch(s -> s.startsWith(theme))).toList();
			long themeFailed = ofTheme.stream().filter(failed::contains).count();
			themeRows.add(List.of(Figures.cell(NLS.bind(Messages.Validation_theme, theme, size)),
					Figures.cell(Integer.toString(ofTheme.size())), Figures.cell(Long.toString(ofTheme.size() - themeFailed), Tone.GOOD),
					Figures.cell(Long.toString(themeFailed), themeFailed > 0 ? Tone.WARNING : Tone.NEUTRAL)));
		});
		out.table(new Block.Table("", List.of(Messages.Validation_themeHeader, Messages.Validation_rules, Messages.Validation_passed, //$NON-NLS-1$
				Messages.Validation_failed), List.of(false, true, true, true), themeRows));

		out.heading(Messages.Validation_byStrategy);
		List<List<Block.Cell>> strategyRows = new ArrayList<>();
		THEMES.forEach((theme, size) -> IntStream.rangeClosed(1, size).mapToObj(n -> theme + n).forEach(strategy -> {
			List<Rule> checking = rules.stream().filter(rule -> rule.strategies().contains(strategy)).toList();
			long strategyFailed = checking.stream().filter(failed::contains).count();
			List<String> sections = sectionsByStrategy.getOrDefault(strategy, List.of());
			boolean covered = !checking.isEmpty() || !sections.isEmpty();
			strategyRows.add(List.of(Figures.cell(strategy), Figures.cell(Integer.toString(checking.size())),
					Figures.cell(Long.toString(checking.size() - strategyFailed)),
					Figures.cell(Long.toString(strategyFailed), strategyFailed > 0 ? Tone.WARNING : Tone.NEUTRAL),
					Figures.cell(covered ? String.join(", ", sections) : Messages.Validation_notCovered, covered ? Tone.NEUTRAL : Tone.ALARM))); //$NON-NLS-1$
		}));
		out.table(new Block.Table("", List.of(Messages.Validation_strategy, Messages.Validation_rules, Messages.Validation_passed, //$NON-NLS-1$
				Messages.Validation_failed, Messages.Validation_shownIn), List.of(false, true, true, true, false), strategyRows));

		out.heading(Messages.Validation_findings);
		if (result.findings().isEmpty()) {
			out.nothing(Messages.Validation_noFindings);
			return;
		}
		List<List<Block.Cell>> findingRows = new ArrayList<>();
		for (Finding finding : result.findings().stream().sorted(Comparator.comparing(Finding::severity)
				.thenComparing(finding -> finding.rule().id())).toList()) {
			findingRows.add(List.of(Figures.cell(finding.severity().name().toLowerCase(Locale.ROOT), tone(finding.severity())),
					Figures.cell(finding.rule().id()), new Block.Cell(ElementLabels.of(finding.element()), Tone.NEUTRAL, null,
							Anchors.of(finding.element())),
					Figures.cell(finding.message()), Figures.cell(String.join(", ", finding.rule().strategies())))); //$NON-NLS-1$
		}
		out.table(new Block.Table("", List.of(Messages.Validation_severity, Messages.Validation_rule, Messages.Validation_element, //$NON-NLS-1$
				Messages.Validation_message, Messages.Validation_strategies), List.of(false, false, false, false, false), findingRows));
	}

	private static long count(ValidationResult result, Severity severity) {
		return result.findings().stream().filter(finding -> finding.severity() == severity).count();
	}

	private static Tone tone(Severity severity) {
		return switch (severity) {
		case ERROR -> Tone.ALARM;
		case WARNING -> Tone.WARNING;
		default -> Tone.NEUTRAL;
		};
	}
}
