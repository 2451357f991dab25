package org.civitas.team.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of the platform's secure storage when the system offers no keyring to
 * the platform (a server, a container, a desktop without one): a random key made once and kept
 * in a file only its owner may read, {@code ~/.civitas/secure-storage.key}. Tokens themselves
 * are encrypted in the secure storage, never written in clear. A keyring provider of the
 * platform, when installed, has the higher priority and is used instead.
 */
public final class MachineKeyPasswordProvider extends PasswordProvider {

	private static final int KEY_BYTES = 32;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		try {
			return new PBEKeySpec(machineKey().toCharArray());
		} catch (IOException unreadable) {
			ILog.of(MachineKeyPasswordProvider.class).log(Status.error(unreadable.getMessage(), unreadable));
			return null;
		}
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		return false;
	}

	private static synchronized String machineKey() throws IOException {
		Path file = Path.of(System.getProperty("user.home"), ".civitas", "secure-storage.key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		Files.createDirectories(file.getParent());
		byte[] random = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(random);
		String key = Base64.getEncoder().encodeToString(random);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
		}
		Files.writeString(file, key, StandardCharsets.US_ASCII);
		return key;
	}
}
