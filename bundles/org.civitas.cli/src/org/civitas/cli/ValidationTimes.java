package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.SharedService;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.validation.IncrementalValidator;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleExtensions;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.civitas.validation.ValidationResult;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The validation columns of {@code civitas benchmark --validation}: a full validation of a
 * portfolio file with every installed rule, and the live re-check after renaming one service.
 * Medians of the runs after one warm-up, like the other columns.
 */
final class ValidationTimes {

	private ValidationTimes() {
	}

	/** The columns for one file: validate ms, its ratio to {@code loadMillis}, findings, live ms. */
	static String measure(Path file, int runs, double loadMillis) throws CommandException {
		Resource resource = new PortfolioResourceFactory().createResource(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(resource);
		try {
			resource.load(Map.of());
		} catch (IOException failure) {
			throw CommandException.failure(failure.getMessage());
		}
		ModelValidator validator = new ModelValidator(RuleExtensions.registry(Platform.getExtensionRegistry()),
				ValidationProfile.defaults());
		ValidationResult[] last = new ValidationResult[1];
		double full = BenchmarkCommand.median(runs, () -> last[0] = validator.validate(resource.getContents(), ValidationMode.BATCH));

		IncrementalValidator live = new IncrementalValidator(validator, resource);
		live.validateAll(ValidationMode.LIVE);
		SharedService service = ((Portfolio) resource.getContents().get(0)).getServices().get(0);
		String name = service.getName();
		int[] edits = { 0 };
		double afterEdit = BenchmarkCommand.median(runs, () -> {
			service.setName(name + " " + ++edits[0]);
			live.revalidate();
		});
		live.dispose();
		return String.format(" %12.0f %10.2f %10d %10.2f", full, full / loadMillis, last[0].findings().size(), afterEdit); //$NON-NLS-1$
	}
}
