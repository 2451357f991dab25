package org.civitas.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * What a report is made from: the model's root, the file it was read from, the day it is made
 * for, and what the caller worked out once for several sections (a validation result, diagrams),
 * by type.
 *
 * @param root the model
 * @param source the model's file, as the report names it
 * @param date the day the report is made for
 */
public record ReportInput(EObject root, String source, LocalDate date, Map<Class<?>, Object> extras) {

	public ReportInput {
		extras = Map.copyOf(extras);
	}

	public ReportInput(EObject root, String source, LocalDate date) {
		this(root, source, date, Map.of());
	}

	/** The same input with {@code value} available to sections as a {@code type}. */
	public <T> ReportInput with(Class<T> type, T value) {
		Map<Class<?>, Object> more = new HashMap<>(extras);
		more.put(type, value);
		return new ReportInput(root, source, date, more);
	}

	public <T> Optional<T> extra(Class<T> type) {
		return Optional.ofNullable(type.cast(extras.get(type)));
	}
}
