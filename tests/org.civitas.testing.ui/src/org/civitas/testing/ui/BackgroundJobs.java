package org.civitas.testing.ui;

import org.eclipse.core.runtime.jobs.Job;

/**
 * The background jobs of the moment, for a failed wait to show: a wait for the user interface
 * often times out because a job it depends on is blocked, and where that job's thread stands
 * says why.
 */
final class BackgroundJobs {

	private static final int FRAMES = 25;

	private BackgroundJobs() {
	}

	static String describe() {
		StringBuilder text = new StringBuilder("Background jobs:");
		Job[] jobs = Job.getJobManager().find(null);
		if (jobs.length == 0) {
			text.append(" none");
		}
		for (Job job : jobs) {
			text.append(System.lineSeparator()).append("  ").append(job.getName()).append(" [")
					.append(state(job.getState())).append(job.isBlocking() ? ", blocking another" : "").append(']');
			if (job.getRule() != null) {
				text.append(" rule ").append(job.getRule());
			}
			Thread thread = job.getThread();
			if (thread != null) {
				StackTraceElement[] stack = thread.getStackTrace();
				for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
					text.append(System.lineSeparator()).append("      at ").append(stack[i]);
				}
			}
		}
		return text.toString();
	}

	private static String state(int state) {
		return switch (state) {
		case Job.RUNNING -> "running";
		case Job.WAITING -> "waiting";
		case Job.SLEEPING -> "sleeping";
		default -> "done";
		};
	}
}
