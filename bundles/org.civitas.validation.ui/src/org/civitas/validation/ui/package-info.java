/**
 * Validation in the workbench, for any EMF editor: live validation of an open model, shared by
 * every editor on it ({@link org.civitas.validation.ui.DocumentValidation}), findings as problem
 * markers ({@link org.civitas.validation.ui.ValidationMarkers}) with their quick fixes, error and
 * warning overlays in trees ({@link org.civitas.validation.ui.ProblemDecorator}), the workspace's
 * files kept validated in the background, and the validation preferences (rules, severities, the
 * profile).
 */
package org.civitas.validation.ui;
