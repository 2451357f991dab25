/**
 * Models under Git, worked on in-process with JGit. A {@link org.civitas.team.ModelRepository}
 * shares, clones, commits, pulls (model files both sides changed are merged element by element)
 * and pushes; {@link org.civitas.team.GitSetup} makes command-line Git merge and diff models with
 * Civitas; {@link org.civitas.team.ModelChanges} and {@link org.civitas.team.ElementHistory} say
 * what changed, by file and by element; {@link org.civitas.team.ConflictSettlement} settles a
 * merge's open conflicts. Every failure is a {@link org.civitas.team.TeamException} with one line
 * for the user.
 */
package org.civitas.team;
