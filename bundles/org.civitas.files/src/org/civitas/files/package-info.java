/**
 * Files written the way a careful editor writes them: {@link org.civitas.files.SafeFiles} writes
 * whole or not at all, keeping the permissions and links the user set;
 * {@link org.civitas.files.FileKind} names what a path is for an error message, and
 * {@link org.civitas.files.TextPosition} finds the line and column of a place in a text file.
 */
package org.civitas.files;
