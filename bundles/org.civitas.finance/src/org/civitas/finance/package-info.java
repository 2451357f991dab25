/**
 * Cash-flow mathematics for business cases: net present value, internal rate of return,
 * payback and return on investment.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>Periods are years numbered {@code 0..n}. Period 0 is "now" and is not discounted; the
 * flow of period {@code t} is discounted by {@code (1 + rate)^t}.</li>
 * <li>A business case has three yearly streams of non-negative amounts: investment, operating
 * cost and benefits. The net flow of period {@code t} is
 * {@code benefits(t) - investment(t) - operatingCost(t)}. Shorter streams are padded with
 * zeros.</li>
 * <li>Rates and returns are fractions: {@code 0.25} means 25%. A discount rate must be finite and
 * greater than {@code -1}.</li>
 * <li>The internal rate of return is searched for in
 * [{@value InternalRateOfReturn#LOWEST_RATE}, {@value InternalRateOfReturn#HIGHEST_RATE}], that
 * is from -99.99% to 10000%, and is reported as one rate, several rates or none with a reason,
 * see {@link IrrResult}.</li>
 * <li>Payback is the first time the cumulative net flow recovers from below zero; later dips
 * below zero do not change it, see {@link Payback}.</li>
 * <li>Return on investment is undiscounted (or discounted on request) over periods
 * {@code 0..horizon}, see {@link ReturnOnInvestment}.</li>
 * </ul>
 */
package org.civitas.finance;
