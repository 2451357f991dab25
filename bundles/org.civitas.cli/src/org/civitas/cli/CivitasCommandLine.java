package org.civitas.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application behind {@code civitas <command>}: runs one command and exits with its code. */
public class CivitasCommandLine implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new CivitasCommands(System.out, System.err).run(Arrays.asList(arguments));
	}

	@Override
	public void stop() {
		// Commands are short and leave nothing to clean up.
	}
}
