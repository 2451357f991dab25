package org.civitas.report;

import java.util.ArrayList;
import java.util.List;

import org.civitas.report.chart.ChartSpec;

/** What a section writes into: its blocks, in order. */
public final class SectionWriter {

	private final List<Block> blocks = new ArrayList<>();

	public SectionWriter heading(String text) {
		blocks.add(new Block.Heading(text));
		return this;
	}

	public SectionWriter paragraph(String text) {
		blocks.add(new Block.Paragraph(text, false));
		return this;
	}

	/** The one line an empty part of the model gets ("No KPIs are defined."). */
	public SectionWriter nothing(String text) {
		blocks.add(new Block.Paragraph(text, true));
		return this;
	}

	public SectionWriter keyFigures(List<Block.KeyFigure> figures) {
		blocks.add(new Block.KeyFigures(figures));
		return this;
	}

	public SectionWriter items(List<Block.Cell> items) {
		blocks.add(new Block.Items(items));
		return this;
	}

	public SectionWriter table(Block.Table table) {
		blocks.add(table);
		return this;
	}

	public SectionWriter chart(ChartSpec chart) {
		blocks.add(new Block.Chart(chart));
		return this;
	}

	public SectionWriter figure(Block.Figure figure) {
		blocks.add(figure);
		return this;
	}

	List<Block> blocks() {
		return List.copyOf(blocks);
	}
}
