package org.civitas.portfolio.model.derived;

import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import org.civitas.portfolio.model.Kpi;
import org.civitas.portfolio.model.KpiDirection;
import org.civitas.portfolio.model.KpiStatus;
import org.civitas.portfolio.model.Measurement;

/**
 * The status of a KPI (G3) from its latest measurement, the one whose period ends last
 * (measurements without dates count as oldest). A value beyond the alarm threshold is in
 * alarm, beyond the warning threshold in warning; without thresholds, a value that misses
 * the target is in warning. "Beyond" means below for higher-is-better KPIs, above otherwise.
 */
public final class KpiStatusRating {

	private KpiStatusRating() {
	}

	public static KpiStatus status(Kpi kpi) {
		Optional<Measurement> latest = latest(kpi);
		if (latest.isEmpty()) {
			return KpiStatus.NO_DATA;
		}
		double value = latest.get().getValue();
		boolean higherIsBetter = kpi.getDirection() == KpiDirection.HIGHER_IS_BETTER;
		if (isBeyond(value, kpi.getAlarmThreshold(), higherIsBetter)) {
			return KpiStatus.ALARM;
		}
		if (isBeyond(value, kpi.getWarningThreshold(), higherIsBetter)) {
			return KpiStatus.WARNING;
		}
		if (kpi.getWarningThreshold() == null && kpi.getAlarmThreshold() == null
				&& isBeyond(value, kpi.getTarget(), higherIsBetter)) {
			return KpiStatus.WARNING;
		}
		return KpiStatus.ON_TARGET;
	}

	/** The measurement whose period ends last. */
	public static Optional<Measurement> latest(Kpi kpi) {
		Comparator<Measurement> byEnd = Comparator.comparing(KpiStatusRating::end,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		return kpi.getMeasurements().stream().max(byEnd);
	}

	private static Date end(Measurement measurement) {
		return measurement.getPeriodEnd() != null ? measurement.getPeriodEnd() : measurement.getPeriodStart();
	}

	private static boolean isBeyond(double value, Double limit, boolean higherIsBetter) {
		if (limit == null) {
			return false;
		}
		return higherIsBetter ? value < limit : value > limit;
	}
}
