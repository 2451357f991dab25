package org.civitas.finance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The internal rates of return of a business case: the rates at which its NPV is zero, within the
 * searched range of {@link InternalRateOfReturn}. Ordinary flows (costs first, benefits later) have
 * exactly one; other flows may have several or none, and then no single rate is chosen for the
 * caller.
 */
public sealed interface IrrResult permits IrrResult.Unique, IrrResult.Multiple, IrrResult.None {

	/** Why a business case has no internal rate of return. */
	enum Reason {
		/** All net flows are zero, so the NPV is zero at every rate. */
		ALL_ZERO,
		/** The net flows never change sign, so the NPV is never zero. */
		NO_SIGN_CHANGE,
		/** The net flows change sign, but no rate in the searched range makes the NPV zero. */
		NO_ROOT_IN_RANGE
	}

	/**
	 * Exactly one rate in the searched range makes the NPV zero. For flows that change sign more than
	 * once it may be a rate where the NPV only touches zero, and further rates may lie outside the
	 * searched range.
	 */
	record Unique(double rate) implements IrrResult {

		public Unique {
			if (!Double.isFinite(rate)) {
				throw new IllegalArgumentException("rate must be finite, was " + rate);
			}
		}
	}

	/** Several rates make the NPV zero; all rates found, in ascending order. */
	record Multiple(List<Double> rates) implements IrrResult {

		public Multiple {
			if (rates.size() < 2) {
				throw new IllegalArgumentException("several rates expected, got " + rates);
			}
			List<Double> sorted = new ArrayList<>(rates);
			Collections.sort(sorted);
			rates = List.copyOf(sorted);
		}
	}

	/** No rate in the searched range makes the NPV zero. */
	record None(Reason reason) implements IrrResult {

		public None {
			Objects.requireNonNull(reason, "reason");
		}
	}

	/**
	 * The rate if there is exactly one, otherwise empty; for callers that can show only a single
	 * number and must show nothing rather than an arbitrary one of several.
	 */
	default OptionalDouble uniqueRate() {
		return this instanceof Unique unique ? OptionalDouble.of(unique.rate()) : OptionalDouble.empty();
	}
}
