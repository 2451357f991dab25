package org.civitas.validation.ui;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.civitas.validation.RuleExtensions;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationProfile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's rules and the validation profile in force, kept in the workspace's
 * preferences in the same text form as a profile file, so that what a user exports is what
 * the command line reads.
 */
public final class ValidationPreferences {

	private static final String NODE = "org.civitas.validation.ui"; //$NON-NLS-1$
	private static final String PROFILE = "profile"; //$NON-NLS-1$

	private static RuleRegistry rules;

	private ValidationPreferences() {
	}

	/** Every rule contributed to the workbench, read once. */
	public static synchronized RuleRegistry rules() {
		if (rules == null) {
			rules = RuleExtensions.registry(Platform.getExtensionRegistry());
		}
		return rules;
	}

	/** The profile in force; the rules' defaults when none was set or the stored one is unreadable. */
	public static ValidationProfile profile() {
		String text = node().get(PROFILE, ""); //$NON-NLS-1$
		try {
			return ValidationProfile.read(new StringReader(text), Messages.ValidationPreferences_source);
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(ValidationPreferences.class).log(Status.warning(e.getMessage(), e));
			return ValidationProfile.defaults();
		}
	}

	/** Makes {@code profile} the one in force; open models are validated again under it. */
	public static void store(ValidationProfile profile) {
		StringWriter text = new StringWriter();
		try {
			profile.write(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		IEclipsePreferences node = node();
		node.put(PROFILE, text.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(ValidationPreferences.class).log(Status.error(e.getMessage(), e));
		}
	}

	/** Calls {@code listener} whenever the profile in force changes; returns the handle to remove it. */
	public static IPreferenceChangeListener onProfileChange(Runnable listener) {
		IPreferenceChangeListener preferenceListener = event -> {
			if (PROFILE.equals(event.getKey())) {
				listener.run();
			}
		};
		node().addPreferenceChangeListener(preferenceListener);
		return preferenceListener;
	}

	/** Stops calling a listener registered with {@link #onProfileChange(Runnable)}. */
	public static void removeListener(IPreferenceChangeListener listener) {
		node().removePreferenceChangeListener(listener);
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
