package org.civitas.portfolio.model.derived;

import java.util.Set;

import org.civitas.portfolio.model.GovernanceBodyKind;

/** Which governance bodies belong to the authorizing environment (S1, S4). */
public final class Governance {

	private static final Set<GovernanceBodyKind> AUTHORIZING = Set.of(GovernanceBodyKind.LEGISLATURE,
			GovernanceBodyKind.CABINET, GovernanceBodyKind.OVERSIGHT_OFFICE);

	private Governance() {
	}

	public static boolean isAuthorizing(GovernanceBodyKind kind) {
		return AUTHORIZING.contains(kind);
	}
}
