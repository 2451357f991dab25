/**
 * The figures derived from a portfolio, computed in one place so that the model's derived
 * features, the validation rules and the board pack all agree: business-case figures from the
 * finance engine ({@link org.civitas.portfolio.model.derived.BusinessCaseAnalysis}), cost totals,
 * risk scores and levels ({@link org.civitas.portfolio.model.derived.RiskRating}), KPI status, the
 * TIME classification ({@link org.civitas.portfolio.model.derived.TimeClassifier}), the maturity a
 * service's scale needs, and the authorizing environment.
 */
package org.civitas.portfolio.model.derived;
