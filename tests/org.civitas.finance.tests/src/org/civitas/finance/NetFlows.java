package org.civitas.finance;

/** Business cases written as net flows, for tests that only need the net. */
final class NetFlows {

	private NetFlows() {
	}

	/** Negative amounts become investment, positive ones benefits. */
	static CashFlows of(double... net) {
		double[] investment = new double[net.length];
		double[] benefits = new double[net.length];
		for (int t = 0; t < net.length; t++) {
			if (net[t] < 0) {
				investment[t] = -net[t];
			} else {
				benefits[t] = net[t];
			}
		}
		return CashFlows.of(investment, new double[0], benefits);
	}
}
