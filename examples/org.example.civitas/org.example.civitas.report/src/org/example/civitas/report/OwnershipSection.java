package org.example.civitas.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.report.Block;
import org.civitas.report.ReportInput;
import org.civitas.report.ReportSection;
import org.civitas.report.SectionWriter;
import org.civitas.report.Tone;
import org.civitas.validation.Finding;
import org.civitas.validation.ValidationResult;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The board pack's service ownership section: how many services have an owner, and who owns
 * each, the services without one first. Which of those need an owner now is not decided here
 * but by the rule EXA-001, in the validation the board pack ran under the board's profile, so
 * that the section and the validation section never disagree.
 */
public final class OwnershipSection implements ReportSection {

	/** The rule whose findings are the services that need an owner now. */
	private static final String OWNER_RULE = "EXA-001"; //$NON-NLS-1$
	/** Most services the table lists; a larger portfolio shows those without an owner first and says how many there are. */
	static final int MOST_SERVICES_LISTED = 25;

	@Override
	public boolean appliesTo(ReportInput input) {
		return input.root() instanceof Portfolio;
	}

	@Override
	public void write(ReportInput input, SectionWriter out) {
		Portfolio portfolio = (Portfolio) input.root();
		List<SharedService> services = portfolio.getServices();
		if (services.isEmpty()) {
			out.nothing(Messages.noServices);
			return;
		}
		// Empty when the board's profile switched the rule off: then the section cannot say which services need an owner.
		Optional<Set<EObject>> needingOwner = input.extra(ValidationResult.class)
				.filter(result -> result.coverage().rules().stream().anyMatch(rule -> rule.id().equals(OWNER_RULE)))
				.map(OwnershipSection::reportedByOwnerRule);
		long unowned = services.stream().filter(service -> service.getOwner() == null).count();
		long owners = services.stream().map(SharedService::getOwner).filter(Objects::nonNull).distinct().count();
		out.keyFigures(List.of(new Block.KeyFigure(Messages.services, Long.toString(services.size()), "", Tone.NEUTRAL), //$NON-NLS-1$
				new Block.KeyFigure(Messages.owners, Long.toString(owners), "", Tone.NEUTRAL), //$NON-NLS-1$
				unownedFigure(unowned, needingOwner)));

		Set<EObject> flagged = needingOwner.orElse(Set.of());
		// Stable sort: within each group the services keep the portfolio's order.
		List<SharedService> listed = services.stream()
				.sorted(Comparator.comparingInt(service -> flagged.contains(service) ? 0 : service.getOwner() == null ? 1 : 2))
				.limit(MOST_SERVICES_LISTED).toList();
		List<List<Block.Cell>> rows = listed.stream().map(service -> row(service, flagged.contains(service))).toList();
		out.table(new Block.Table("", List.of(Messages.service, Messages.lifecycle, Messages.provider, Messages.owner), //$NON-NLS-1$
				List.of(false, false, false, false), rows));
		if (services.size() > listed.size()) {
			out.paragraph(NLS.bind(Messages.moreServices, listed.size(), services.size()));
		}
	}

	private static Set<EObject> reportedByOwnerRule(ValidationResult result) {
		return result.findings().stream().filter(finding -> finding.rule().id().equals(OWNER_RULE)).map(Finding::element)
				.collect(Collectors.toSet());
	}

	/** Alarm when the rule reports services that need an owner now; when the rule did not run, only the count. */
	private static Block.KeyFigure unownedFigure(long unowned, Optional<Set<EObject>> needingOwner) {
		if (needingOwner.isEmpty()) {
			return new Block.KeyFigure(Messages.withoutOwner, Long.toString(unowned), "", Tone.NEUTRAL); //$NON-NLS-1$
		}
		int now = needingOwner.get().size();
		return new Block.KeyFigure(Messages.withoutOwner, Long.toString(unowned), NLS.bind(Messages.needOwnerNow, now),
				now > 0 ? Tone.ALARM : Tone.GOOD);
	}

	private static List<Block.Cell> row(SharedService service, boolean needsOwner) {
		Block.Cell owner = service.getOwner() != null ? Block.Cell.of(PortfolioLabels.caption(service.getOwner()))
				: Block.Cell.of(needsOwner ? Messages.ownerNeeded : Messages.noOwner, needsOwner ? Tone.ALARM : Tone.NEUTRAL);
		return List.of(Block.Cell.of(PortfolioLabels.caption(service)), Block.Cell.of(PortfolioLabels.enumLabel(service.getLifecycle())),
				Block.Cell.of(service.getProvider() == null ? "" : PortfolioLabels.caption(service.getProvider())), owner); //$NON-NLS-1$
	}
}
