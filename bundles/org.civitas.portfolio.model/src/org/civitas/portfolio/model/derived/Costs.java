package org.civitas.portfolio.model.derived;

import java.util.List;

import org.civitas.portfolio.model.CostEntry;

/** Totals of cost statements (F1, F4). */
public final class Costs {

	private Costs() {
	}

	public static double total(List<CostEntry> entries) {
		return entries.stream().mapToDouble(CostEntry::getAmount).sum();
	}
}
