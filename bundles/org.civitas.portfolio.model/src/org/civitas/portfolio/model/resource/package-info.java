/**
 * {@code .portfolio} files: {@link org.civitas.portfolio.model.resource.PortfolioResource} is XMI
 * that plain EMF reads with the {@code .ecore} alone, safe to open, written whole or not at all,
 * and saying where a broken file is broken;
 * {@link org.civitas.portfolio.model.resource.PortfolioResourceFactory} is registered for the
 * extension and the content type.
 */
package org.civitas.portfolio.model.resource;
