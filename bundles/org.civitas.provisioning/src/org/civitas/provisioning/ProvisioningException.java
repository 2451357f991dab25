package org.civitas.provisioning;

/**
 * An installation or uninstallation that was refused or failed, with nothing changed in the
 * product; the message says why, its first line in one sentence, further lines with p2's
 * details (such as each missing requirement).
 */
public final class ProvisioningException extends Exception {

	private static final long serialVersionUID = 1L;

	ProvisioningException(String message) {
		super(message);
	}

	ProvisioningException(String message, Throwable cause) {
		super(message, cause);
	}
}
